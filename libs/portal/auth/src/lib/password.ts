import { z } from 'zod';

export const PASSWORD_HINT = 'At least 10 characters, with letters plus digits or symbols.';

/** Mirrors the API's rule so people hear about it before submitting. */
export const passwordSchema = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .refine((v) => /\p{L}/u.test(v) && /[^\p{L}\s]/u.test(v), {
    message: 'Mix letters with digits or symbols.',
  });

interface PasswordPair {
  password: string;
  confirmPassword: string;
}

const matches = (v: PasswordPair) => v.password === v.confirmPassword;

export function withConfirmation<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, password: passwordSchema, confirmPassword: z.string() })
    .refine((v) => matches(v as unknown as PasswordPair), {
      path: ['confirmPassword'],
      message: 'The passwords do not match.',
    });
}

/** Only same-site paths, so a crafted `?next=` cannot send people elsewhere. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) {
    return '/';
  }
  return next;
}
