import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers to one chat-completions request. */
export type Scripted =
  | { kind: 'text'; content: string; usage?: { prompt: number; completion: number } }
  | { kind: 'tool_calls'; calls: { name: string; arguments: unknown }[] }
  | { kind: 'error'; status: number; headers?: Record<string, string> }
  | { kind: 'delay'; ms: number; then: Scripted };

export type Responder = (request: ChatRequest, index: number) => Scripted;

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string | null; tool_calls?: unknown[]; tool_call_id?: string }[];
  tools?: { function: { name: string } }[];
}

/**
 * A scripted OpenAI-compatible server on 127.0.0.1 (`POST /v1/chat/completions`), for the real `openai` SDK: answers
 * with text or tool calls, multi-step loops, 429 with Retry-After, 5xx, and slow answers for timeouts. Every request
 * body is kept as received, so a test can prove what did (and did not) leave the process.
 */
/** The configuration that points a whole application's LLM agent at this fake (short timeout for the error tests). */
export function llmEnvironment(fake: FakeOpenAi): Record<string, string> {
  return { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseUrl, OPENAI_MODEL: 'gpt-test', OPENAI_TIMEOUT_MS: '1500' };
}

export class FakeOpenAi {
  readonly requests: ChatRequest[] = [];
  readonly rawBodies: string[] = [];
  private queue: Scripted[] = [];
  private responder: Responder | null = null;
  private sockets = new Set<import('node:net').Socket>();

  private constructor(
    private readonly server: http.Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<FakeOpenAi> {
    let fake: FakeOpenAi | undefined;
    const server = http.createServer((request, response) => void fake!.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeOpenAi(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`);
    server.on('connection', (socket) => {
      fake!.sockets.add(socket);
      socket.on('close', () => fake!.sockets.delete(socket));
    });
    return fake;
  }

  /** Answers, in order, for the next requests. */
  script(...responses: Scripted[]): this {
    this.queue.push(...responses);
    return this;
  }

  /** Answers every request not covered by the script. */
  respond(responder: Responder): this {
    this.responder = responder;
    return this;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const body = JSON.parse(raw) as ChatRequest;
    const index = this.requests.length;
    this.requests.push(body);
    this.rawBodies.push(raw);
    let scripted: Scripted = this.queue.shift() ?? this.responder?.(body, index) ?? { kind: 'error', status: 500 };
    while (scripted.kind === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, (scripted as { ms: number }).ms).unref());
      if (response.destroyed || request.socket.destroyed) return;
      scripted = scripted.then;
    }
    if (scripted.kind === 'error') {
      response.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
      response.end(JSON.stringify({ error: { message: `scripted ${scripted.status}`, type: 'server_error' } }));
      return;
    }
    const message =
      scripted.kind === 'text'
        ? { role: 'assistant', content: scripted.content }
        : {
            role: 'assistant',
            content: null,
            tool_calls: scripted.calls.map((call, position) => ({
              id: `call_${index}_${position}`,
              type: 'function',
              function: { name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments) },
            })),
          };
    const usage = scripted.kind === 'text' && scripted.usage ? scripted.usage : { prompt: 100, completion: 20 };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: `chatcmpl-${index}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message, finish_reason: scripted.kind === 'text' ? 'stop' : 'tool_calls' }],
        usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion },
      }),
    );
  }
}
