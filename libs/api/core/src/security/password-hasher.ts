import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import { ValidationError } from '../errors/domain-error';

export const MIN_PASSWORD_LENGTH = 10;

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, {
      algorithm: Algorithm.Argon2id,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
  }

  async verify(hashed: string, password: string): Promise<boolean> {
    try {
      return await verify(hashed, password);
    } catch {
      return false;
    }
  }
}

export function assertStrongPassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw ValidationError.field(field, `Use at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (password.length > 200) throw ValidationError.field(field, 'Use at most 200 characters.');
  if (!/[A-Za-z]/.test(password) || !/[0-9\W_]/.test(password)) {
    throw ValidationError.field(field, 'Mix letters with digits or symbols.');
  }
}

/** Opaque single-use tokens (invitations, resets, refresh): only their SHA-256 is stored. */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
