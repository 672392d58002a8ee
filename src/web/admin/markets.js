/*
 * Markets: the list, one market's editor (everything of DESIGN.md section 8, saved with its revision so two admins
 * cannot overwrite each other silently), and the text editor: any locale key per market and language, over the files.
 */
(function () {
  'use strict';
  var h = Dom.h;
  var CHANNELS = ['sms', 'whatsapp', 'email', 'webchat', 'botframework'];

  function list(view, context) {
    var canEdit = context.principal.role === 'admin';
    view.appendChild(h('section', { class: 'card' }, h('h2', {}, 'Markets'), h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'market-list' },
      h('thead', {}, h('tr', {}, ['code', 'name', 'languages', 'currency', 'time zone', 'channels', 'Slack', 'revision'].map(function (name) { return h('th', {}, name); }))),
      h('tbody', {}, context.markets.map(function (market) {
        return h('tr', { class: 'clickable', 'data-code': market.code, onclick: function () { location.hash = '#/markets/' + market.code; } },
          h('td', {}, h('strong', {}, market.code)), h('td', {}, market.name), h('td', {}, market.languages.join(', ')), h('td', {}, market.currency),
          h('td', {}, market.timeZone), h('td', {}, market.channels.join(', ')), h('td', {}, market.slackChannel), h('td', { class: 'num' }, market.revision));
      }))))), canEdit ? null : h('p', { class: 'muted' }, 'Read only: changing markets needs the admin role.'));
  }

  function hoursRow(hours) {
    var row = h('div', { class: 'hours-row' },
      h('input', { type: 'text', class: 'hours-days', value: hours.days.join(','), 'aria-label': 'ISO weekdays (1 = Monday)', size: 10 }),
      h('input', { type: 'time', class: 'hours-open', value: hours.open, 'aria-label': 'opens' }),
      h('input', { type: 'time', class: 'hours-close', value: hours.close, 'aria-label': 'closes' }),
      h('button', { type: 'button', class: 'link', onclick: function () { row.remove(); } }, 'remove'));
    return row;
  }

  function editor(view, context, code) {
    var error = h('p', { class: 'error', id: 'market-error', role: 'alert' });
    var holder = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
    view.appendChild(h('p', {}, h('a', { href: '#/markets' }, '← all markets')));
    view.appendChild(holder);
    AdminApi.get('/api/admin/markets/' + encodeURIComponent(code)).then(function (result) { show(result.market); }).catch(function (e) { Dom.showError(error, e); });

    function show(market) {
      var readOnly = context.principal.role !== 'admin';
      var input = function (name, value, attributes) { return h('input', Object.assign({ id: 'market-' + name, name: name, value: value, disabled: readOnly }, attributes || {})); };
      var hours = h('div', { id: 'market-hours' }, market.businessHours.map(hoursRow));
      var texts = market.languages.map(function (locale) {
        var own = market.texts[locale] || {};
        return h('fieldset', { class: 'texts', 'data-locale': locale }, h('legend', {}, 'Texts in ' + locale + ' (empty: the locale files apply)'),
          h('label', {}, 'AI disclosure', h('textarea', { rows: 2, class: 'text-disclosure', id: 'disclosure-' + locale, disabled: readOnly, value: own.disclosure || '' })),
          h('label', {}, 'Greeting', h('textarea', { rows: 2, class: 'text-greeting', id: 'greeting-' + locale, disabled: readOnly, value: own.greeting || '' })));
      });
      var form = h('form', { class: 'card form', id: 'market-form', novalidate: true },
        h('h2', {}, market.code + ' · ' + market.name, h('span', { class: 'muted' }, '  revision ' + market.revision + ', changed by ' + market.updatedBy)),
        h('div', { class: 'grid' },
          h('label', {}, 'Name', input('name', market.name)),
          h('label', {}, 'Currency', input('currency', market.currency, { maxlength: 3 })),
          h('label', {}, 'Time zone', input('timeZone', market.timeZone)),
          h('label', {}, 'Languages (comma separated)', input('languages', market.languages.join(', '))),
          h('label', {}, 'Default language', input('defaultLanguage', market.defaultLanguage)),
          h('label', {}, 'Slack channel', input('slackChannel', market.slackChannel)),
          h('label', {}, 'Retention (days)', input('retentionDays', market.retentionDays, { type: 'number', min: 30, max: 3650 })),
          h('label', {}, 'Return window (days)', input('returnWindowDays', market.policy.returnWindowDays, { type: 'number', min: 0 })),
          h('label', {}, 'Due-date extension (days)', input('dueDateExtensionDays', market.policy.dueDateExtensionDays, { type: 'number', min: 0 })),
          h('label', {}, 'Extensions per order', input('maxExtensionsPerOrder', market.policy.maxExtensionsPerOrder, { type: 'number', min: 0 }))),
        h('fieldset', {}, h('legend', {}, 'Enabled channels'), CHANNELS.map(function (channel) {
          return h('label', { class: 'inline' }, h('input', { type: 'checkbox', class: 'channel', value: channel, checked: market.channels.indexOf(channel) !== -1, disabled: readOnly }), ' ' + channel);
        })),
        h('fieldset', {}, h('legend', {}, 'Business hours (' + market.timeZone + ', weekdays 1 = Monday)'), hours,
          readOnly ? null : h('button', { type: 'button', class: 'link', onclick: function () { hours.appendChild(hoursRow({ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' })); } }, '+ add hours')),
        texts,
        error,
        readOnly ? null : h('button', { type: 'submit', id: 'market-save' }, 'Save market'));
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        error.textContent = '';
        var value = function (name) { return form.querySelector('#market-' + name).value.trim(); };
        var newTexts = {};
        market.languages.forEach(function (locale) {
          var entry = Object.assign({}, market.texts[locale] || {});
          ['disclosure', 'greeting'].forEach(function (key) {
            var text = form.querySelector('#' + key + '-' + locale).value.trim();
            if (text) entry[key] = text; else delete entry[key];
          });
          if (Object.keys(entry).length) newTexts[locale] = entry;
        });
        var patch = {
          revision: market.revision,
          name: value('name'),
          currency: value('currency'),
          timeZone: value('timeZone'),
          languages: value('languages').split(',').map(function (s) { return s.trim(); }).filter(Boolean),
          defaultLanguage: value('defaultLanguage'),
          slackChannel: value('slackChannel'),
          retentionDays: Number(value('retentionDays')),
          policy: { returnWindowDays: Number(value('returnWindowDays')), dueDateExtensionDays: Number(value('dueDateExtensionDays')), maxExtensionsPerOrder: Number(value('maxExtensionsPerOrder')) },
          channels: Array.prototype.filter.call(form.querySelectorAll('.channel'), function (box) { return box.checked; }).map(function (box) { return box.value; }),
          businessHours: Array.prototype.map.call(hours.querySelectorAll('.hours-row'), function (row) {
            return { days: row.querySelector('.hours-days').value.split(',').map(function (s) { return Number(s.trim()); }).filter(function (n) { return n > 0; }), open: row.querySelector('.hours-open').value, close: row.querySelector('.hours-close').value };
          }),
          texts: newTexts,
        };
        AdminApi.patch('/api/admin/markets/' + market.code, patch).then(function (result) {
          Dom.toast('Saved ' + result.market.code + ' (revision ' + result.market.revision + ')');
          context.refreshMarkets();
          holder.textContent = '';
          show(result.market);
        }).catch(function (e) { Dom.showError(error, e); });
      });
      holder.textContent = '';
      holder.appendChild(form);
    }
  }

  function texts(view, context) {
    var state = context.textEditor || (context.textEditor = { market: context.markets[0] ? context.markets[0].code : '', locale: '', filter: '' });
    var readOnly = context.principal.role !== 'admin';
    var table = h('tbody', {});
    var localeSelect = h('select', { id: 'texts-locale' });
    var marketSelect = Dom.select(context.markets.map(function (m) { return m.code; }), state.market, { id: 'texts-market' });
    var search = h('input', { type: 'search', placeholder: 'filter keys or text', value: state.filter, id: 'texts-filter' });
    var rows = [];
    function locales() {
      var market = context.markets.find(function (m) { return m.code === state.market; });
      localeSelect.textContent = '';
      (market ? market.languages : []).forEach(function (locale) { localeSelect.appendChild(h('option', { value: locale }, locale)); });
      if (!market || market.languages.indexOf(state.locale) === -1) state.locale = market ? market.defaultLanguage : '';
      localeSelect.value = state.locale;
    }
    marketSelect.addEventListener('change', function () { state.market = marketSelect.value; locales(); load(); });
    localeSelect.addEventListener('change', function () { state.locale = localeSelect.value; load(); });
    search.addEventListener('input', function () { state.filter = search.value; filter(); });
    view.appendChild(h('section', { class: 'toolbar card' }, h('label', {}, 'Market ', marketSelect), h('label', {}, 'Language ', localeSelect), h('label', { class: 'grow' }, 'Find ', search)));
    view.appendChild(h('section', { class: 'card' }, h('p', { class: 'muted' }, 'An override wins over the locale files for this market and language only. Keep the {{variables}} of the English text.'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'data texts-table', id: 'texts-table' }, h('thead', {}, h('tr', {}, ['key', 'English source', 'locale file', 'override'].map(function (n) { return h('th', {}, n); }))), table))));

    function filter() {
      var needle = state.filter.toLowerCase();
      rows.forEach(function (row) { row.node.hidden = needle && row.haystack.indexOf(needle) === -1; });
    }
    function load() {
      table.textContent = '';
      rows = [];
      if (!state.market || !state.locale) return;
      AdminApi.get('/api/admin/markets/' + state.market + '/texts/' + state.locale).then(function (result) {
        result.texts.forEach(function (text) {
          var box = h('textarea', { rows: 2, value: text.override || '', placeholder: text.file || text.source, disabled: readOnly, 'data-key': text.key });
          var save = h('button', { type: 'button', class: 'small', hidden: readOnly, onclick: function () {
            AdminApi.put('/api/admin/markets/' + state.market + '/texts/' + state.locale, { key: text.key, text: box.value.trim() || null })
              .then(function () { Dom.toast('Saved ' + text.key + ' for ' + state.locale); context.refreshMarkets(); })
              .catch(function (e) { Dom.showError(null, e); });
          } }, box.value ? 'Save' : 'Save / clear');
          var node = h('tr', { 'data-key': text.key }, h('td', {}, h('code', {}, text.key)), h('td', {}, text.source), h('td', {}, text.file || h('span', { class: 'muted' }, '(English)')), h('td', {}, box, save));
          rows.push({ node: node, haystack: (text.key + ' ' + text.source + ' ' + (text.file || '') + ' ' + (text.override || '')).toLowerCase() });
          table.appendChild(node);
        });
        filter();
      }).catch(function (e) { Dom.showError(null, e); });
    }
    locales();
    load();
  }

  window.Views = window.Views || {};
  window.Views.markets = list;
  window.Views.market = editor;
  window.Views.texts = texts;
})();
