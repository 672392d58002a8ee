import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  test('embedded defaults: SQLite under ./data, port 3000, demo on, every channel credential absent', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.store).toEqual({ kind: 'sqlite', file: path.resolve('data', 'support.sqlite') });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.demo).toBe(true);
    expect(config.twilio.authToken).toBeUndefined();
  });

  test('MONGODB_URI selects MongoDB and turns the demo data off by default', () => {
    const config = loadConfig({ MONGODB_URI: 'mongodb://db.internal:27017/?replicaSet=rs0', MONGODB_DB: 'support_eu' });
    expect(config.store).toEqual({ kind: 'mongodb', uri: 'mongodb://db.internal:27017/?replicaSet=rs0', database: 'support_eu' });
    expect(config.demo).toBe(false);
  });

  test('empty strings count as unset, and PUBLIC_URL loses its trailing slash', () => {
    const config = loadConfig({ OPENAI_API_KEY: '', PUBLIC_URL: 'https://support.example.com/' });
    expect(config.openai.apiKey).toBeUndefined();
    expect(config.publicUrl).toBe('https://support.example.com');
  });

  test.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ MONGODB_URI: 'postgres://x' }, 'MONGODB_URI'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DEFAULT_MARKET: 'germany' }, 'DEFAULT_MARKET'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
  ])('an invalid value stops start-up naming the variable: %j', (environment, variable) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    try {
      loadConfig(environment);
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.variable)).toContain(variable);
      expect((error as ConfigError).message).toContain(variable);
    }
  });
});
