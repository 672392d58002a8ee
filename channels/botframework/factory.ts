import type { ChannelFactoryParts } from '../index';
import type { ChannelAdapter, DisabledChannel } from '../types';
import { BotFrameworkAdapter, MESSAGES_PATH, type BotFrameworkSettings } from './adapter';

/**
 * Builds the Bot Framework channel from MICROSOFT_APP_* configuration. No app id at all is local mode (on, says so
 * at start-up); an app id with incomplete credentials is off with the reason, because it could receive messages
 * but never answer them. `overrides` point token validation elsewhere (tests: a fake on 127.0.0.1).
 */
export function createBotFrameworkChannel(
  parts: ChannelFactoryParts,
  overrides: Omit<BotFrameworkSettings, 'credentials'> = {},
): ChannelAdapter | DisabledChannel {
  const { appId, appPassword, appTenantId, appType } = parts.config.botFramework;
  const off = (reason: string): DisabledChannel => ({ name: 'botframework', channels: ['botframework'], reason });
  const credentials = { appId, appPassword, appTenantId, appType };

  if (!appId) {
    if (appPassword) return off('MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is empty');
    parts.log.warn(
      { channel: 'botframework', path: MESSAGES_PATH },
      'Bot Framework channel in local mode: MICROSOFT_APP_ID is empty, so requests are accepted without a token (Bot Framework Emulator) and replies go to loopback service URLs only',
    );
    return new BotFrameworkAdapter({ ...overrides, credentials }, parts.log);
  }
  if (appType === 'UserAssignedMSI') {
    if (appPassword) return off('MICROSOFT_APP_PASSWORD must be empty when MICROSOFT_APP_TYPE is UserAssignedMSI');
    if (!appTenantId) return off('MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is UserAssignedMSI');
  } else {
    if (!appPassword) return off('MICROSOFT_APP_PASSWORD is missing (the client secret of the Azure Bot app registration)');
    if (appType === 'SingleTenant' && !appTenantId) return off('MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is SingleTenant');
  }
  parts.log.info({ channel: 'botframework', path: MESSAGES_PATH, appId, appType }, 'Bot Framework channel on: requests must carry a Bot Connector token');
  return new BotFrameworkAdapter({ ...overrides, credentials }, parts.log);
}
