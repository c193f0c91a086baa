import { PasswordInput } from '@mantine/core';
import { PASSWORD_HINT } from '../lib/password';

type InputProps = Record<string, unknown> & { key?: string };

/** The "new password twice" pair used by reset, invitation and profile forms. */
export function NewPasswordFields({
  password,
  confirm,
  label = 'New password',
}: {
  password: InputProps;
  confirm: InputProps;
  label?: string;
}) {
  const { key: passwordKey, ...passwordProps } = password;
  const { key: confirmKey, ...confirmProps } = confirm;
  return (
    <>
      <PasswordInput
        key={passwordKey}
        label={label}
        description={PASSWORD_HINT}
        autoComplete="new-password"
        required
        {...passwordProps}
      />
      <PasswordInput
        key={confirmKey}
        label={`Repeat ${label.toLowerCase()}`}
        autoComplete="new-password"
        required
        {...confirmProps}
      />
    </>
  );
}
