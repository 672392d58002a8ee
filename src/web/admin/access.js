/* Tokens (create with a role, shown once; revoke) and the audit log of configuration changes. Admin only. */
(function () {
  'use strict';
  var h = Dom.h;

  function tokens(view) {
    var body = h('tbody', {});
    var created = h('div', { id: 'token-created' });
    var name = h('input', { id: 'token-name', placeholder: 'e.g. Maria (support DE)', required: true, maxlength: 80 });
    var role = Dom.select(['viewer', 'agent', 'admin'], 'agent', { id: 'token-role' });
    view.appendChild(h('section', { class: 'card' }, h('h2', {}, 'Tokens'),
      h('form', { class: 'toolbar', onsubmit: function (event) {
        event.preventDefault();
        AdminApi.post('/api/admin/tokens', { name: name.value, role: role.value }).then(function (result) {
          created.textContent = '';
          created.appendChild(h('div', { class: 'notice' }, h('p', {}, 'Token for ' + result.summary.name + ' (' + result.summary.role + '). Copy it now: it is not shown again.'), h('code', { class: 'secret' }, result.token)));
          name.value = '';
          load();
        }).catch(function (error) { Dom.showError(null, error); });
      } }, h('label', {}, 'Name ', name), h('label', {}, 'Role ', role), h('button', { type: 'submit' }, 'Create token')),
      created,
      h('div', { class: 'table-wrap' }, h('table', { class: 'data' }, h('thead', {}, h('tr', {}, ['name', 'role', 'created', 'by', 'status', ''].map(function (n) { return h('th', {}, n); }))), body))));
    function load() {
      AdminApi.get('/api/admin/tokens').then(function (result) {
        body.textContent = '';
        result.tokens.forEach(function (token) {
          body.appendChild(h('tr', {}, h('td', {}, token.name), h('td', {}, token.role), h('td', {}, Dom.dateTime(token.createdAt)), h('td', {}, token.createdBy),
            h('td', {}, token.revokedAt ? 'revoked ' + Dom.dateTime(token.revokedAt) : 'active'),
            h('td', {}, token.revokedAt ? '' : h('button', { type: 'button', class: 'danger small', onclick: function () {
              if (!confirm('Revoke the token of ' + token.name + '?')) return;
              AdminApi.del('/api/admin/tokens/' + token.id).then(load).catch(function (error) { Dom.showError(null, error); });
            } }, 'Revoke'))));
        });
      }).catch(function (error) { Dom.showError(null, error); });
    }
    load();
  }

  /** The fields that differ between two values, one level deep: what an auditor wants to see first. */
  function changes(before, after) {
    if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [['value', before, after]];
    return Object.keys(Object.assign({}, before, after)).filter(function (key) {
      return JSON.stringify(before[key]) !== JSON.stringify(after[key]);
    }).map(function (key) { return [key, before[key], after[key]]; });
  }

  function audit(view) {
    var body = h('tbody', {});
    view.appendChild(h('section', { class: 'card' }, h('h2', {}, 'Audit log'), h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'audit-table' },
      h('thead', {}, h('tr', {}, ['when', 'who', 'action', 'target', 'changes'].map(function (n) { return h('th', {}, n); }))), body))));
    AdminApi.get('/api/admin/audit', { limit: 200 }).then(function (result) {
      result.entries.forEach(function (entry) {
        body.appendChild(h('tr', {}, h('td', {}, Dom.dateTime(entry.at)), h('td', {}, entry.actor.name + (entry.actor.role ? ' (' + entry.actor.role + ')' : '')),
          h('td', {}, entry.action), h('td', {}, entry.target),
          h('td', {}, h('ul', { class: 'diff' }, changes(entry.before, entry.after).map(function (change) {
            return h('li', {}, h('code', {}, change[0]), ': ', h('del', {}, JSON.stringify(change[1])), ' → ', h('ins', {}, JSON.stringify(change[2])));
          })))));
      });
      if (result.entries.length === 0) body.appendChild(h('tr', {}, h('td', { colspan: 5, class: 'muted' }, 'No changes yet.')));
    }).catch(function (error) { Dom.showError(null, error); });
  }

  window.Views = window.Views || {};
  window.Views.tokens = tokens;
  window.Views.audit = audit;
})();
