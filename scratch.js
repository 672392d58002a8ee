const http = require('http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
let mode = 'ok'; let hits = [];
const server = http.createServer((req, res) => {
  let body = ''; req.on('data', c => body += c); req.on('end', () => {
    hits.push({ t: Date.now(), url: req.url, auth: req.headers.authorization, mode });
    if (mode === 'ok') { res.writeHead(200, {'content-type':'application/json'}); res.end(JSON.stringify({ id: 'r1' })); return; }
    if (mode === '503ra') { res.writeHead(503, {'retry-after':'0','content-type':'application/json'}); res.end('{"error":{"code":"x","message":"busy"}}'); return; }
    if (mode === '503') { res.writeHead(503, {'content-type':'application/json'}); res.end('{}'); return; }
    if (mode === '400') { res.writeHead(400, {'content-type':'application/json'}); res.end('{"error":{"code":"BadArgument","message":"bad"}}'); return; }
    if (mode === '404') { res.writeHead(404); res.end(); return; }
  });
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const auth = new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(auth);
  const ref = { channelId: 'directline', serviceUrl: url, conversation: { id: 'conv:1;x' }, bot: { id: 'bot' }, user: { id: 'u' } };
  for (const m of ['ok', '503ra', '400', '404', '503']) {
    mode = m; hits = []; const t = Date.now();
    try {
      await adapter.continueConversationAsync('', ref, async (ctx) => { ctx.activity.id = 'act|0001'; const r = await ctx.sendActivity({ type: 'message', text: 'hi' }); console.log(m, 'response', r); });
    } catch (e) { console.log(m, 'error', e.constructor.name, e.statusCode, e.code, e.message.slice(0,100), Object.keys(e)); }
    console.log(m, 'hits', hits.length, hits.map(h => h.url), Date.now() - t, 'ms');
  }
  const refDead = { ...ref, serviceUrl: 'http://127.0.0.1:1/' }; const t = Date.now();
  try { await adapter.continueConversationAsync('', refDead, async (ctx) => { await ctx.sendActivity('x'); }); } catch (e) { console.log('dead', e.constructor.name, e.statusCode, e.code, Date.now() - t); }
  server.close();
});
