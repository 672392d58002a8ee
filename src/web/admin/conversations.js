/*
 * Conversations for agents: a filtered list, and one conversation's transcript with its events and the actions
 * people take (take over, reply, hand back, escalate, resolve, close).
 */
(function () {
  'use strict';
  var h = Dom.h;
  var CHANNELS = ['sms', 'whatsapp', 'email', 'webchat', 'botframework'];
  var STATES = ['bot', 'waiting_for_agent', 'agent', 'resolved', 'closed'];

  function list(view, context) {
    var filters = context.conversationFilters || (context.conversationFilters = { market: '', channel: '', state: '', from: '', to: '' });
    var body = h('tbody', {});
    var more = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Older conversations');
    var next = null;
    var field = function (name, options) {
      return options
        ? Dom.select(options, filters[name], { id: 'conversations-' + name, onchange: function (event) { filters[name] = event.target.value; reload(); } })
        : h('input', { type: 'date', id: 'conversations-' + name, value: filters[name], onchange: function (event) { filters[name] = event.target.value; reload(); } });
    };
    view.appendChild(h('section', { class: 'toolbar card' },
      h('label', {}, 'Market ', field('market', [{ value: '', label: 'all' }].concat(context.markets.map(function (m) { return m.code; })))),
      h('label', {}, 'Channel ', field('channel', [{ value: '', label: 'all' }].concat(CHANNELS))),
      h('label', {}, 'State ', field('state', [{ value: '', label: 'all' }].concat(STATES))),
      h('label', {}, 'From ', field('from')),
      h('label', {}, 'To ', field('to'))));
    view.appendChild(h('section', { class: 'card' }, h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'conversation-list' },
      h('thead', {}, h('tr', {}, ['opened', 'market', 'channel', 'language', 'state', 'assignee', 'last message'].map(function (name) { return h('th', {}, name); }))),
      body)), more));
    more.addEventListener('click', function () { load(next); });

    function reload() { body.textContent = ''; load(null); }
    function load(before) {
      var params = { market: filters.market, channel: filters.channel, state: filters.state, from: filters.from, limit: 50, before: before };
      if (filters.to) params.to = new Date(filters.to).getTime() + 86400000;
      AdminApi.get('/api/admin/conversations', params).then(function (result) {
        if (!before && result.conversations.length === 0) body.appendChild(h('tr', {}, h('td', { colspan: 7, class: 'muted' }, 'No conversations match.')));
        result.conversations.forEach(function (conversation) {
          body.appendChild(h('tr', { class: 'clickable', 'data-id': conversation.id, onclick: function () { location.hash = '#/conversations/' + conversation.id; } },
            h('td', {}, Dom.dateTime(conversation.createdAt)), h('td', {}, conversation.market), h('td', {}, conversation.channel),
            h('td', {}, conversation.language), h('td', {}, h('span', { class: 'state state-' + conversation.state }, conversation.state)),
            h('td', {}, conversation.assignee ? conversation.assignee.name : ''), h('td', {}, Dom.dateTime(conversation.lastInboundAt))));
        });
        next = result.next ? result.next.before : null;
        more.hidden = !next;
      }).catch(function (error) { Dom.showError(null, error); });
    }
    load(null);
  }

  function detail(view, context, id) {
    view.appendChild(h('p', {}, h('a', { href: '#/conversations' }, '← all conversations')));
    var holder = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
    view.appendChild(holder);

    function act(path, body) {
      return AdminApi.post('/api/admin/conversations/' + encodeURIComponent(id) + '/' + path, body)
        .then(function () { Dom.toast('Done: ' + path.replace('-', ' ')); load(); })
        .catch(function (error) { Dom.showError(null, error); load(); });
    }

    function load() {
      AdminApi.get('/api/admin/conversations/' + encodeURIComponent(id)).then(show).catch(function (error) {
        holder.textContent = '';
        holder.appendChild(h('p', { class: 'error' }, error.message));
      });
    }

    function show(result) {
      var conversation = result.conversation;
      var state = conversation.state;
      var reply = h('textarea', { id: 'agent-reply', rows: 3, placeholder: state === 'agent' ? 'Reply to the customer on ' + conversation.channel : 'Take over to reply', disabled: state !== 'agent' });
      holder.textContent = '';
      holder.appendChild(h('section', { class: 'card' },
        h('h2', {}, 'Conversation ', h('code', {}, conversation.id)),
        h('p', {}, h('span', { class: 'state state-' + state, id: 'conversation-state' }, state), ' · ', conversation.market, ' · ', conversation.channel, ' · ', conversation.language,
          conversation.assignee ? ' · with ' + conversation.assignee.name : '', result.customer ? ' · customer ' + result.customer.name : ' · unverified customer'),
        h('div', { class: 'actions' },
          h('button', { type: 'button', id: 'take-over', disabled: state === 'agent' || state === 'closed', onclick: function () { act('take-over'); } }, 'Take over'),
          h('button', { type: 'button', class: 'secondary', disabled: state !== 'agent' && state !== 'waiting_for_agent', onclick: function () { act('hand-back'); } }, 'Hand back to AI'),
          h('button', { type: 'button', class: 'secondary', disabled: state !== 'bot' && state !== 'resolved', onclick: function () { act('escalate', { reason: 'escalated_by_staff' }); } }, 'Escalate'),
          h('button', { type: 'button', class: 'secondary', disabled: state === 'resolved' || state === 'closed', onclick: function () { act('resolve'); } }, 'Resolve'),
          h('button', { type: 'button', class: 'danger', disabled: state === 'closed', onclick: function () { if (confirm('Close this conversation for good?')) act('close'); } }, 'Close'))));
      holder.appendChild(h('div', { class: 'two-columns' },
        h('section', { class: 'card' }, h('h3', {}, 'Transcript'),
          h('ol', { class: 'transcript', id: 'transcript' }, result.messages.map(function (message) {
            return h('li', { class: 'bubble ' + message.direction + ' author-' + message.author },
              h('div', { class: 'meta' }, (message.authorName || message.author) + ' · ' + Dom.dateTime(message.at) + (message.status ? ' · ' + message.status : '')),
              h('div', { class: 'text' }, message.text));
          })),
          h('form', { class: 'reply', onsubmit: function (event) {
            event.preventDefault();
            if (!reply.value.trim()) return;
            act('reply', { text: reply.value }).then(function () { reply.value = ''; });
          } }, reply, h('button', { type: 'submit', disabled: state !== 'agent' }, 'Send'))),
        h('section', { class: 'card' }, h('h3', {}, 'Events'),
          h('ol', { class: 'events', id: 'events' }, result.events.map(function (event) {
            var what = event.type === 'state_changed' ? (event.from + ' → ' + event.to + (event.reason ? ' (' + event.reason + ')' : ''))
              : event.type === 'csat_recorded' ? 'rated ' + (event.data && event.data.score) + ' / 5' : event.type.replace('_', ' ');
            return h('li', {}, h('span', { class: 'muted' }, Dom.dateTime(event.at)), ' ', what, ' · ', event.actor.kind + (event.actor.id ? ' ' + event.actor.id : ''));
          })))));
    }
    load();
  }

  window.Views = window.Views || {};
  window.Views.conversations = list;
  window.Views.conversation = detail;
})();
