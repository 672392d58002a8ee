/*
 * DOM helpers shared by the views. Everything shown is built with text nodes (never innerHTML): conversation text is
 * written by customers and must not run as markup.
 */
(function () {
  'use strict';

  /** h('div', {class: 'x', onclick: fn}, 'text', child, [more children]) */
  function h(tag, attributes) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      var value = attributes[key];
      if (value === undefined || value === null || value === false) return;
      if (key.indexOf('on') === 0 && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else if (key === 'value') node.value = value;
      else if (key === 'checked') node.checked = Boolean(value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    append(node, Array.prototype.slice.call(arguments, 2));
    return node;
  }

  function append(node, children) {
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      if (Array.isArray(child)) append(node, child);
      else node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    });
  }

  function percent(value) { return value === null || value === undefined ? '–' : (value * 100).toFixed(value < 0.1 && value > 0 ? 1 : 0) + ' %'; }

  /** Milliseconds as "45 s", "3.5 min", "2.1 h". */
  function duration(ms) {
    if (ms === null || ms === undefined) return '–';
    if (ms < 1000) return Math.round(ms) + ' ms';
    if (ms < 60000) return (ms < 10000 ? (ms / 1000).toFixed(1) : Math.round(ms / 1000)) + ' s';
    if (ms < 3600000) return (ms / 60000).toFixed(1) + ' min';
    return (ms / 3600000).toFixed(1) + ' h';
  }

  function number(value, digits) { return value === null || value === undefined ? '–' : Number(value).toFixed(digits || 0); }

  function dateTime(at) { return at ? new Date(at).toLocaleString() : '–'; }

  var toastTimer = null;
  function toast(message, kind) {
    var box = document.getElementById('toast');
    box.textContent = message;
    box.className = 'toast ' + (kind || 'ok');
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { box.hidden = true; }, 4000);
  }

  /** Shows an API error where the user is looking; a field-level error names the field. */
  function showError(target, error) {
    var text = error && error.message ? error.message : String(error);
    if (target) target.textContent = text;
    toast(text, 'error');
  }

  function select(options, value, attributes) {
    return h('select', attributes || {}, options.map(function (option) {
      var item = typeof option === 'string' ? { value: option, label: option } : option;
      return h('option', { value: item.value, selected: item.value === value ? true : null }, item.label);
    }));
  }

  window.Dom = { h: h, percent: percent, duration: duration, number: number, dateTime: dateTime, toast: toast, showError: showError, select: select };
})();
