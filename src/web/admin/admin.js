/*
 * The console shell: sign-in, navigation by role, and a hash router (#/dashboard, #/conversations/<id>,
 * #/markets/<code>, ...). Views live in their own files and draw into #view.
 */
(function () {
  'use strict';
  var ROLES = ['viewer', 'agent', 'admin'];
  var context = { principal: null, markets: [], refreshMarkets: refreshMarkets };
  var ROUTES = [
    { pattern: /^#\/dashboard$/, role: 'viewer', view: 'dashboard' },
    { pattern: /^#\/conversations$/, role: 'agent', view: 'conversations' },
    { pattern: /^#\/conversations\/([\w-]+)$/, role: 'agent', view: 'conversation' },
    { pattern: /^#\/markets$/, role: 'viewer', view: 'markets' },
    { pattern: /^#\/markets\/([A-Z]{2})$/, role: 'viewer', view: 'market' },
    { pattern: /^#\/texts$/, role: 'viewer', view: 'texts' },
    { pattern: /^#\/tokens$/, role: 'admin', view: 'tokens' },
    { pattern: /^#\/audit$/, role: 'admin', view: 'audit' },
  ];

  function allows(required) { return ROLES.indexOf(context.principal.role) >= ROLES.indexOf(required); }

  function refreshMarkets() {
    return AdminApi.get('/api/admin/markets').then(function (result) {
      context.markets = result.markets.map(function (market) { return Object.assign({}, market, { code: market.code || market.id }); });
    });
  }

  function showLogin(message) {
    document.getElementById('login').hidden = false;
    document.getElementById('nav').hidden = true;
    document.getElementById('who').hidden = true;
    document.getElementById('view').textContent = '';
    document.getElementById('login-error').textContent = message || '';
    document.getElementById('token').focus();
  }

  function route() {
    if (!context.principal) return;
    var hash = location.hash || '#/dashboard';
    var view = document.getElementById('view');
    view.textContent = '';
    Array.prototype.forEach.call(document.querySelectorAll('#nav a'), function (link) {
      link.classList.toggle('active', hash.indexOf(link.getAttribute('href')) === 0);
    });
    for (var i = 0; i < ROUTES.length; i += 1) {
      var match = ROUTES[i].pattern.exec(hash);
      if (!match) continue;
      if (!allows(ROUTES[i].role)) {
        view.appendChild(Dom.h('p', { class: 'card error' }, 'This page needs the ' + ROUTES[i].role + ' role; your token has ' + context.principal.role + '.'));
        return;
      }
      window.Views[ROUTES[i].view](view, context, match[1]);
      return;
    }
    location.hash = '#/dashboard';
  }

  function start(principal) {
    context.principal = principal;
    document.getElementById('login').hidden = true;
    document.getElementById('nav').hidden = false;
    document.getElementById('who').hidden = false;
    document.getElementById('who-name').textContent = principal.name + ' · ' + principal.role;
    Array.prototype.forEach.call(document.querySelectorAll('#nav a'), function (link) { link.hidden = !allows(link.getAttribute('data-role')); });
    return refreshMarkets().then(route);
  }

  document.getElementById('login-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var field = document.getElementById('token');
    AdminApi.signIn(field.value.trim()).then(function (result) { field.value = ''; return start(result.principal); })
      .catch(function (error) { showLogin(error.status === 401 ? error.message : 'Could not sign in: ' + error.message); });
  });
  document.getElementById('sign-out').addEventListener('click', function () {
    AdminApi.signOut();
    context.principal = null;
    showLogin('Signed out.');
  });
  window.addEventListener('hashchange', route);
  window.addEventListener('unhandledrejection', function (event) {
    if (event.reason && event.reason.status === 401) { AdminApi.signOut(); context.principal = null; showLogin('Your session ended: ' + event.reason.message); }
  });

  if (AdminApi.token()) {
    AdminApi.get('/api/admin/me').then(function (result) { return start(result.principal); }).catch(function () { AdminApi.signOut(); showLogin(); });
  } else showLogin();
})();
