export { WebchatAdapter, toInboundMessage, validateText, MAX_TEXT_LENGTH } from './adapter';
export { WebchatHub, type LiveConnection, type LiveEvent } from './hub';
export { signSessionToken, verifySessionToken, signIdentityToken, verifyIdentityToken, SESSION_TOKEN_TTL_MS, type SessionClaims } from './tokens';
