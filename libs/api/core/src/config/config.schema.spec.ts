import { describe, expect, it } from '@jest/globals';
import { AppConfig } from './app-config';
import { ConfigValidationError, parseConfig } from './config.schema';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = AppConfig.fromEnv({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.database.url).toBeUndefined();
    expect(config.auth.jwtSecret).toHaveLength(64);
  });

  it('names every bad setting at once', () => {
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'nope', LOG_LEVEL: 'loud' });
      throw new Error('expected a validation error');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigValidationError);
      const problems = (err as ConfigValidationError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/LOG_LEVEL/);
    }
  });

  it('requires bucket and keys for S3 storage', () => {
    expect(() => parseConfig({ STORAGE_DRIVER: 's3' })).toThrow(
      /S3_BUCKET is required when STORAGE_DRIVER=s3/,
    );
    const config = AppConfig.fromEnv({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'b',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    });
    expect(config.content.driver).toBe('s3');
  });

  it('requires a JWT secret in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(
      AppConfig.fromEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).isProduction,
    ).toBe(true);
  });

  it('lets single sign-on reach http issuers only in tests, or when asked outside production', () => {
    expect(AppConfig.fromEnv({}).sso.allowInsecureIssuer).toBe(false);
    expect(AppConfig.fromEnv({ NODE_ENV: 'test' }).sso.allowInsecureIssuer).toBe(true);
    expect(AppConfig.fromEnv({ SSO_ALLOW_INSECURE_ISSUER: 'true' }).sso.allowInsecureIssuer).toBe(
      true,
    );
    expect(() =>
      parseConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        SSO_ALLOW_INSECURE_ISSUER: 'true',
      }),
    ).toThrow(/SSO_ALLOW_INSECURE_ISSUER may not be set in production/);
  });
});
