/*
 * The console's only way to the server: JSON over the admin API with the bearer token the user signed in with.
 * The token lives in this tab's sessionStorage (gone when the tab closes), never in a cookie or the URL.
 */
(function () {
  'use strict';
  var KEY = 'support-admin-token';

  function ApiError(status, body) {
    var error = (body && body.error) || {};
    this.name = 'ApiError';
    this.status = status;
    this.code = error.code || 'http_' + status;
    this.field = error.field;
    this.message = error.message || 'Request failed (' + status + ')';
  }
  ApiError.prototype = Object.create(Error.prototype);

  function token() { return sessionStorage.getItem(KEY); }

  function request(method, path, body) {
    var headers = { authorization: 'Bearer ' + (token() || '') };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
        if (!response.ok) throw new ApiError(response.status, json);
        return json;
      });
    });
  }

  function query(params) {
    var parts = Object.keys(params).filter(function (key) { return params[key] !== undefined && params[key] !== null && params[key] !== ''; })
      .map(function (key) { return encodeURIComponent(key) + '=' + encodeURIComponent(params[key]); });
    return parts.length ? '?' + parts.join('&') : '';
  }

  window.AdminApi = {
    ApiError: ApiError,
    token: token,
    signIn: function (value) {
      sessionStorage.setItem(KEY, value);
      return request('GET', '/api/admin/me').catch(function (error) { sessionStorage.removeItem(KEY); throw error; });
    },
    signOut: function () { sessionStorage.removeItem(KEY); },
    get: function (path, params) { return request('GET', path + query(params || {})); },
    post: function (path, body) { return request('POST', path, body || {}); },
    patch: function (path, body) { return request('PATCH', path, body); },
    put: function (path, body) { return request('PUT', path, body); },
    del: function (path) { return request('DELETE', path); },
  };
})();
