/*
 * The dashboard: every figure comes from GET /api/admin/metrics, which computes it from conversation events.
 * Filters (range, bucket, market, channel) re-query; charts show each figure over time, tables by market and channel.
 */
(function () {
  'use strict';
  var h = Dom.h;
  var DAY = 86400000;
  var CHANNELS = ['sms', 'whatsapp', 'email', 'webchat', 'botframework'];

  function kpi(label, value, hint, id) {
    return h('div', { class: 'kpi', 'data-kpi': id }, h('div', { class: 'kpi-label' }, label), h('div', { class: 'kpi-value' }, value), h('div', { class: 'kpi-hint' }, hint));
  }

  function chartCard(title, draw) {
    var body = h('div', { class: 'chart' });
    var card = h('section', { class: 'card chart-card' }, h('h3', {}, title), body);
    return { card: card, draw: function () { draw(body); } };
  }

  function breakdown(title, rows, keyName) {
    return h('section', { class: 'card' }, h('h3', {}, title),
      h('div', { class: 'table-wrap' }, h('table', { class: 'data', 'data-table': keyName },
        h('thead', {}, h('tr', {}, [keyName, 'conversations', 'AI-resolved', 'escalated', 'median TTR', 'p90 TTR', 'CSAT', 'repeat'].map(function (name) { return h('th', {}, name); }))),
        h('tbody', {}, rows.length === 0 ? h('tr', {}, h('td', { colspan: 8, class: 'muted' }, 'No conversations in this range.')) : rows.map(function (row) {
          return h('tr', {},
            h('td', {}, row[keyName]),
            h('td', { class: 'num' }, row.conversations),
            h('td', { class: 'num' }, h('span', { class: 'meter' }, h('span', { class: 'meter-fill', 'data-share': row.aiResolutionRate })), Dom.percent(row.aiResolutionRate)),
            h('td', { class: 'num' }, Dom.percent(row.escalationRate)),
            h('td', { class: 'num' }, Dom.duration(row.timeToResolution.median)),
            h('td', { class: 'num' }, Dom.duration(row.timeToResolution.p90)),
            h('td', { class: 'num' }, row.csat.responses ? Dom.number(row.csat.average, 2) + ' (' + row.csat.responses + ')' : '–'),
            h('td', { class: 'num' }, Dom.percent(row.repeatContactRate)));
        })))));
  }

  function render(view, context) {
    var state = context.dashboard || (context.dashboard = { days: '30', bucket: 'day', market: '', channel: '' });
    var output = h('div', { id: 'dashboard-output' }, h('p', { class: 'muted' }, 'Loading…'));
    var control = function (name, options) {
      return Dom.select(options, state[name], { id: 'filter-' + name, onchange: function (event) { state[name] = event.target.value; load(); } });
    };
    view.appendChild(h('section', { class: 'toolbar card' },
      h('label', {}, 'Range ', control('days', [{ value: '7', label: 'last 7 days' }, { value: '30', label: 'last 30 days' }, { value: '90', label: 'last 90 days' }, { value: '365', label: 'last year' }])),
      h('label', {}, 'By ', control('bucket', [{ value: 'day', label: 'day' }, { value: 'week', label: 'week' }])),
      h('label', {}, 'Market ', control('market', [{ value: '', label: 'all markets' }].concat(context.markets.map(function (market) { return { value: market.code, label: market.code + ' ' + market.name }; })))),
      h('label', {}, 'Channel ', control('channel', [{ value: '', label: 'all channels' }].concat(CHANNELS)))));
    view.appendChild(output);

    function load() {
      var to = Math.ceil((Date.now() + 1) / DAY) * DAY;
      AdminApi.get('/api/admin/metrics', { from: to - Number(state.days) * DAY, to: to, bucket: state.bucket, market: state.market, channel: state.channel })
        .then(function (report) { show(report); })
        .catch(function (error) { output.textContent = ''; output.appendChild(h('p', { class: 'error' }, error.message)); });
    }

    function show(report) {
      var totals = report.totals;
      var labels = report.series.map(function (point) { return point.label; });
      var pick = function (fn) { return report.series.map(function (point) { return point.conversations === 0 ? null : fn(point); }); };
      output.textContent = '';
      output.appendChild(h('section', { class: 'kpis', id: 'kpis' },
        kpi('Conversations', String(totals.conversations), 'opened in range', 'volume'),
        kpi('Resolved by AI', Dom.percent(totals.aiResolutionRate), totals.resolvedByAi + ' without a person', 'ai'),
        kpi('Time to resolution', Dom.duration(totals.timeToResolution.median), 'median · p90 ' + Dom.duration(totals.timeToResolution.p90), 'ttr'),
        kpi('CSAT', totals.csat.average === null ? '–' : Dom.number(totals.csat.average, 2) + ' / 5', totals.csat.responses + ' ratings · ' + Dom.percent(totals.csat.satisfiedShare) + ' 4–5', 'csat'),
        kpi('Escalation rate', Dom.percent(totals.escalationRate), totals.escalated + ' handed to people', 'escalation'),
        kpi('Repeat contacts', Dom.percent(totals.repeatContactRate), 'back within 7 days', 'repeat')));

      var charts = [
        chartCard('Volume', function (target) { Charts.bars(target, { title: 'Conversations opened', name: 'conversations', labels: labels, values: report.series.map(function (p) { return p.conversations; }) }); }),
        chartCard('Resolved by AI and escalated', function (target) {
          Charts.line(target, { title: 'Shares of conversations', labels: labels, max: 1, format: Dom.percent, series: [
            { name: 'resolved by AI', values: pick(function (p) { return p.aiResolutionRate; }) },
            { name: 'escalated', values: pick(function (p) { return p.escalationRate; }) },
            { name: 'repeat contact', values: pick(function (p) { return p.repeatContactRate; }) }] });
        }),
        chartCard('Time to resolution', function (target) {
          Charts.line(target, { title: 'Time to resolution', labels: labels, format: Dom.duration, series: [
            { name: 'median', values: pick(function (p) { return p.timeToResolution.median; }) },
            { name: 'p90', values: pick(function (p) { return p.timeToResolution.p90; }) }] });
        }),
        chartCard('CSAT', function (target) {
          Charts.line(target, { title: 'Average rating', labels: labels, max: 5, format: function (v) { return Dom.number(v, 1); }, series: [
            { name: 'average rating (1–5)', values: report.series.map(function (p) { return p.csat.average; }) }] });
        }),
      ];
      output.appendChild(h('div', { class: 'chart-grid', id: 'charts' }, charts.map(function (chart) { return chart.card; })));
      charts.forEach(function (chart) { chart.draw(); });
      output.appendChild(h('div', { class: 'two-columns' }, breakdown('By market', report.byMarket, 'market'), breakdown('By channel', report.byChannel, 'channel')));
      Array.prototype.forEach.call(output.querySelectorAll('.meter-fill'), function (fill) {
        fill.style.width = Math.round(Number(fill.getAttribute('data-share') || 0) * 100) + '%';
      });
    }

    load();
  }

  window.Views = window.Views || {};
  window.Views.dashboard = render;
})();
