/*
 * The embeddable web chat widget: one script tag, no dependencies.
 *
 *   <script src="https://support.example.com/widget.js" data-market="DE" data-locale="de-DE" async></script>
 *
 * Optional attributes: data-identity-token (a JWT the host app signs for its logged-in customer with
 * WEBCHAT_IDENTITY_SECRET), data-open="true" (start opened), data-title. The host page can also call
 * window.SupportWidget.identify(token), .open(), .close() and .reset().
 *
 * Replies arrive over the WebSocket; when it is down the widget falls back to REST, whose response carries the
 * replies, and a GET of the transcript restores the history after a reload.
 */
(function () {
  'use strict';
  if (window.SupportWidget) return;

  var script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  var base = new URL(script.src, window.location.href);
  var origin = base.origin;
  var options = {
    market: script.getAttribute('data-market') || undefined,
    locale: script.getAttribute('data-locale') || undefined,
    identityToken: script.getAttribute('data-identity-token') || undefined,
    title: script.getAttribute('data-title') || 'Support',
    open: script.getAttribute('data-open') === 'true',
  };
  var storageKey = 'support-widget:' + origin + ':' + (options.market || 'default');

  var state = { session: null, socket: null, socketReady: false, retry: 0, seen: {}, typingTimer: null };

  var css =
    '.sw-launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;background:#1f3a5f;color:#fff;display:flex;align-items:center;justify-content:center;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483000}' +
    '.sw-panel{position:fixed;right:20px;bottom:88px;width:360px;max-width:calc(100vw - 24px);height:520px;max-height:calc(100vh - 110px);display:none;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden;font:15px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1b1b1b;z-index:2147483001}' +
    '.sw-panel.sw-open{display:flex}' +
    '.sw-header{background:#1f3a5f;color:#fff;padding:12px 14px;display:flex;align-items:center;justify-content:space-between}' +
    '.sw-header b{font-size:16px}.sw-close{background:none;border:0;color:#fff;font-size:22px;cursor:pointer;min-width:44px;min-height:44px}' +
    '.sw-log{flex:1;overflow-y:auto;padding:12px;background:#f5f6f8;display:flex;flex-direction:column;gap:8px}' +
    '.sw-msg{max-width:82%;padding:8px 11px;border-radius:12px;white-space:pre-wrap;word-wrap:break-word}' +
    '.sw-in{align-self:flex-end;background:#1f3a5f;color:#fff;border-bottom-right-radius:4px}' +
    '.sw-out{align-self:flex-start;background:#fff;border:1px solid #e1e4e8;border-bottom-left-radius:4px}' +
    '.sw-agent{border-color:#7aa7d9}.sw-who{display:block;font-size:11px;color:#5b6570;margin-bottom:2px}' +
    '.sw-typing{align-self:flex-start;color:#5b6570;font-size:13px;padding:0 4px;display:none}' +
    '.sw-form{display:flex;border-top:1px solid #e1e4e8;background:#fff}' +
    '.sw-input{flex:1;border:0;padding:12px;font:inherit;resize:none;min-height:44px;max-height:120px;outline:none}' +
    '.sw-send{border:0;background:#1f3a5f;color:#fff;padding:0 16px;font:inherit;cursor:pointer;min-width:64px}' +
    '.sw-status{font-size:12px;color:#a33;padding:4px 12px;display:none;background:#fff}' +
    '@media (max-width:600px){.sw-panel{right:0;bottom:0;width:100vw;max-width:100vw;height:100vh;height:100dvh;max-height:none;border-radius:0}.sw-launcher{right:14px;bottom:14px}}';

  var style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);

  var launcher = element('button', 'sw-launcher');
  launcher.setAttribute('aria-label', 'Open chat');
  launcher.appendChild(chatIcon());
  var panel = element('section', 'sw-panel');
  panel.setAttribute('aria-label', options.title);
  panel.setAttribute('role', 'dialog');
  var header = element('div', 'sw-header');
  header.appendChild(element('b', '', options.title));
  var closeButton = element('button', 'sw-close', '\u00D7');
  closeButton.setAttribute('aria-label', 'Close chat');
  header.appendChild(closeButton);
  var log = element('div', 'sw-log');
  log.setAttribute('aria-live', 'polite');
  var typing = element('div', 'sw-typing', '\u2026');
  var status = element('div', 'sw-status');
  var form = element('form', 'sw-form');
  var input = element('textarea', 'sw-input');
  input.setAttribute('rows', '1');
  input.setAttribute('placeholder', 'Write a message');
  input.setAttribute('aria-label', 'Message');
  input.setAttribute('maxlength', '4000');
  var send = element('button', 'sw-send', 'Send');
  send.type = 'submit';
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(status);
  panel.appendChild(form);
  log.appendChild(typing);

  function mount() {
    document.body.appendChild(launcher);
    document.body.appendChild(panel);
    if (options.open) open();
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);

  launcher.addEventListener('click', function () {
    panel.classList.contains('sw-open') ? close() : open();
  });
  closeButton.addEventListener('click', close);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    }
  });

  /** A speech bubble drawn as SVG: emoji glyphs are missing on machines without an emoji font. */
  function chatIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '26');
    svg.setAttribute('height', '26');
    svg.setAttribute('aria-hidden', 'true');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
    svg.appendChild(path);
    return svg;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function open() {
    panel.classList.add('sw-open');
    ensureSession().then(function () {
      input.focus();
    });
  }

  function close() {
    panel.classList.remove('sw-open');
  }

  function showStatus(text) {
    status.textContent = text || '';
    status.style.display = text ? 'block' : 'none';
  }

  function api(method, path, body) {
    var headers = { 'content-type': 'application/json' };
    if (state.session) headers.authorization = 'Bearer ' + state.session.token;
    return fetch(origin + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          var error = new Error((json.error && json.error.message) || 'Request failed');
          error.status = response.status;
          throw error;
        }
        return json;
      });
    });
  }

  function ensureSession() {
    if (state.session) return Promise.resolve(state.session);
    var saved = null;
    try {
      saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
    } catch (ignored) {
      saved = null;
    }
    if (saved && saved.sessionId && saved.token) {
      state.session = saved;
      return restore().then(connect, function () {
        state.session = null;
        return startSession();
      });
    }
    return startSession();
  }

  function startSession() {
    var body = { market: options.market, locale: options.locale, identityToken: options.identityToken };
    return api('POST', '/api/webchat/sessions', body).then(function (session) {
      state.session = { sessionId: session.sessionId, token: session.token };
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(state.session));
      } catch (ignored) {}
      connect();
      return state.session;
    }, function (error) {
      showStatus('Chat is unavailable: ' + error.message);
      throw error;
    });
  }

  function restore() {
    return api('GET', '/api/webchat/sessions/' + state.session.sessionId + '/messages').then(function (transcript) {
      transcript.messages.forEach(render);
    });
  }

  function connect() {
    if (!state.session || state.socket) return;
    var url = origin.replace(/^http/, 'ws') + '/webchat/ws?sessionId=' + encodeURIComponent(state.session.sessionId) + '&token=' + encodeURIComponent(state.session.token);
    var socket = new WebSocket(url);
    state.socket = socket;
    socket.onopen = function () {
      state.socketReady = true;
      state.retry = 0;
      showStatus('');
    };
    socket.onmessage = function (event) {
      var data;
      try {
        data = JSON.parse(event.data);
      } catch (ignored) {
        return;
      }
      if (data.type === 'message') render(data.message);
      else if (data.type === 'typing') setTyping(data.state);
      else if (data.type === 'error') showStatus(data.error && data.error.message);
    };
    socket.onclose = function (event) {
      state.socket = null;
      state.socketReady = false;
      if (event.code === 4401) return;
      var delay = Math.min(30000, 1000 * Math.pow(2, state.retry++));
      setTimeout(connect, delay);
    };
  }

  function setTyping(on) {
    typing.style.display = on ? 'block' : 'none';
    clearTimeout(state.typingTimer);
    if (on) state.typingTimer = setTimeout(function () { setTyping(false); }, 20000);
    log.appendChild(typing);
    log.scrollTop = log.scrollHeight;
  }

  function render(message) {
    if (!message || state.seen[message.id]) return;
    state.seen[message.id] = true;
    var bubble = element('div', 'sw-msg ' + (message.direction === 'in' ? 'sw-in' : 'sw-out'));
    bubble.setAttribute('data-author', message.author);
    if (message.author === 'agent') {
      bubble.className += ' sw-agent';
      bubble.appendChild(element('span', 'sw-who', message.authorName || 'Support team'));
    }
    bubble.appendChild(document.createTextNode(message.text));
    log.insertBefore(bubble, typing);
    if (message.direction === 'out') setTyping(false);
    log.scrollTop = log.scrollHeight;
  }

  function newClientId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function submit() {
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    ensureSession().then(function () {
      var clientMessageId = newClientId();
      if (state.socketReady) {
        state.socket.send(JSON.stringify({ type: 'message', text: text, clientMessageId: clientMessageId }));
        return;
      }
      setTyping(true);
      api('POST', '/api/webchat/sessions/' + state.session.sessionId + '/messages', { text: text, clientMessageId: clientMessageId }).then(
        function (result) {
          render({ id: result.messageId, direction: 'in', author: 'customer', text: text });
          result.replies.forEach(render);
        },
        function (error) {
          setTyping(false);
          showStatus(error.message);
        },
      );
    });
  }

  window.SupportWidget = {
    open: open,
    close: close,
    /** Signs the visitor in: a new session bound to the host app's identity token. */
    identify: function (identityToken, market, locale) {
      options.identityToken = identityToken;
      if (market) options.market = market;
      if (locale) options.locale = locale;
      window.SupportWidget.reset();
    },
    /** Forgets the session and starts over. */
    reset: function () {
      try {
        window.localStorage.removeItem(storageKey);
      } catch (ignored) {}
      if (state.socket) {
        state.socket.onclose = null;
        state.socket.close();
      }
      state.session = null;
      state.socket = null;
      state.socketReady = false;
      state.seen = {};
      Array.prototype.slice.call(log.querySelectorAll('.sw-msg')).forEach(function (node) { node.remove(); });
      if (panel.classList.contains('sw-open')) ensureSession();
    },
  };
})();
