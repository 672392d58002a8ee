export { BotFrameworkAdapter, MESSAGES_PATH, type BotFrameworkSettings } from './adapter';
export { createBotFrameworkChannel } from './factory';
export { MAX_TEXT_LENGTH } from './inbound';
export type { BotFrameworkEndpoints, BotFrameworkCredentials, BotFrameworkAppType } from './sdk';
