/*
 * Small SVG charts for the dashboard: a line chart (one or more series over time) and a bar chart. No library: the
 * console has no build step and loads nothing from a CDN. Charts scale to their container's width (viewBox), so
 * they work on a laptop and a tablet alike; every point carries a <title> so values show on hover and to readers.
 */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 640;
  var HEIGHT = 220;
  var PAD = { top: 16, right: 16, bottom: 34, left: 52 };

  function el(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, String(attributes[key])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** A "nice" upper bound for the y axis (1, 2, 2.5 or 5 times a power of ten). */
  function niceMax(value) {
    if (!(value > 0)) return 1;
    var power = Math.pow(10, Math.floor(Math.log10(value)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i += 1) if (steps[i] * power >= value) return steps[i] * power;
    return 10 * power;
  }

  function frame(svg, labels, max, format, x) {
    var plotHeight = HEIGHT - PAD.top - PAD.bottom;
    for (var i = 0; i <= 4; i += 1) {
      var value = (max * i) / 4;
      var y = PAD.top + plotHeight - (plotHeight * i) / 4;
      svg.appendChild(el('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y, class: 'grid' }));
      svg.appendChild(el('text', { x: PAD.left - 6, y: y + 4, 'text-anchor': 'end', class: 'axis' }, format(value)));
    }
    var every = Math.max(1, Math.ceil(labels.length / 8));
    labels.forEach(function (label, index) {
      var last = index === labels.length - 1;
      // The last label always shows; the regular one before it gives way when they would overlap.
      if (last ? false : index % every !== 0 || labels.length - 1 - index < every / 2) return;
      svg.appendChild(el('text', { x: x(index), y: HEIGHT - PAD.bottom + 18, 'text-anchor': 'middle', class: 'axis' }, label.slice(5)));
    });
  }

  function container(target, title) {
    target.textContent = '';
    var svg = el('svg', { viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, role: 'img', 'aria-label': title, class: 'chart-svg' });
    target.appendChild(svg);
    return svg;
  }

  function legend(target, series) {
    var list = document.createElement('div');
    list.className = 'legend';
    series.forEach(function (item, index) {
      var entry = document.createElement('span');
      entry.className = 'legend-item series-' + index;
      entry.textContent = item.name;
      list.appendChild(entry);
    });
    target.appendChild(list);
  }

  /**
   * Lines over time. `series` = [{name, values: (number|null)[]}]; a null is a gap (no conversations that day).
   * `format` renders axis and tooltip values.
   */
  function line(target, options) {
    var labels = options.labels;
    var format = options.format || String;
    var svg = container(target, options.title);
    var all = [];
    options.series.forEach(function (item) { item.values.forEach(function (v) { if (v !== null && v !== undefined) all.push(v); }); });
    var max = options.max !== undefined ? options.max : niceMax(Math.max.apply(null, all.concat([0])));
    var plotWidth = WIDTH - PAD.left - PAD.right;
    var plotHeight = HEIGHT - PAD.top - PAD.bottom;
    var x = function (index) { return PAD.left + (labels.length <= 1 ? plotWidth / 2 : (plotWidth * index) / (labels.length - 1)); };
    var y = function (value) { return PAD.top + plotHeight - (plotHeight * value) / max; };
    frame(svg, labels, max, format, x);
    options.series.forEach(function (item, seriesIndex) {
      var path = '';
      var pen = false;
      item.values.forEach(function (value, index) {
        if (value === null || value === undefined) { pen = false; return; }
        path += (pen ? 'L' : 'M') + x(index).toFixed(1) + ',' + y(value).toFixed(1);
        pen = true;
      });
      if (path) svg.appendChild(el('path', { d: path, class: 'line series-' + seriesIndex }));
      item.values.forEach(function (value, index) {
        if (value === null || value === undefined) return;
        var dot = el('circle', { cx: x(index), cy: y(value), r: 3.5, class: 'dot series-' + seriesIndex });
        dot.appendChild(el('title', {}, item.name + ' ' + labels[index] + ': ' + format(value)));
        svg.appendChild(dot);
      });
    });
    if (all.length === 0) svg.appendChild(el('text', { x: WIDTH / 2, y: HEIGHT / 2, 'text-anchor': 'middle', class: 'empty' }, 'no data in this range'));
    legend(target, options.series);
  }

  /** Bars over time: `values` is a number per label. */
  function bars(target, options) {
    var labels = options.labels;
    var format = options.format || String;
    var svg = container(target, options.title);
    var max = niceMax(Math.max.apply(null, options.values.concat([0])));
    var plotWidth = WIDTH - PAD.left - PAD.right;
    var plotHeight = HEIGHT - PAD.top - PAD.bottom;
    var slot = plotWidth / Math.max(1, labels.length);
    var x = function (index) { return PAD.left + slot * index + slot / 2; };
    frame(svg, labels, max, format, x);
    options.values.forEach(function (value, index) {
      var height = (plotHeight * value) / max;
      var bar = el('rect', { x: x(index) - slot * 0.35, y: PAD.top + plotHeight - height, width: slot * 0.7, height: Math.max(0, height), class: 'bar' });
      bar.appendChild(el('title', {}, labels[index] + ': ' + format(value)));
      svg.appendChild(bar);
    });
    legend(target, [{ name: options.name || options.title }]);
  }

  window.Charts = { line: line, bars: bars };
})();
