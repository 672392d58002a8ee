import type OpenAI from 'openai';
import { z } from 'zod';
import type { Tool } from '../tools';

/** The tools as OpenAI function definitions: each one's zod input schema as JSON Schema. */
export function openAiTools(tools: readonly Tool[]): OpenAI.Chat.Completions.ChatCompletionFunctionTool[] {
  return tools.map((tool) => {
    const { $schema: _schema, ...parameters } = z.toJSONSchema(tool.input, { io: 'input' }) as Record<string, unknown>;
    return { type: 'function', function: { name: tool.name, description: tool.description, parameters } };
  });
}
