import { PARTNER_ROLES, Role, VENDOR_ROLES } from '@tandem/shared-domain';

export type SsoScope = 'vendor' | 'partner';

export interface SsoFormValues {
  name: string;
  scope: SsoScope;
  partnerId: string | null;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Comma, space or line separated. */
  emailDomains: string;
  defaultRole: Role;
  enabled: boolean;
}

/** Form fields the API's field errors map onto. */
export const SSO_FORM_FIELDS = [
  'name',
  'partnerId',
  'issuer',
  'clientId',
  'clientSecret',
  'emailDomains',
  'defaultRole',
] as const;

export interface SsoConnectionLike {
  id: string;
  name: string;
  partnerId?: string | null;
  issuer: string;
  clientId: string;
  emailDomains: string[];
  defaultRole: Role;
  enabled: boolean;
}

export function rolesForScope(scope: SsoScope): readonly Role[] {
  return scope === 'vendor' ? VENDOR_ROLES : PARTNER_ROLES;
}

export function emptySsoValues(): SsoFormValues {
  return {
    name: '',
    scope: 'partner',
    partnerId: null,
    issuer: '',
    clientId: '',
    clientSecret: '',
    emailDomains: '',
    defaultRole: Role.PARTNER_SALES_REP,
    enabled: true,
  };
}

export function ssoValuesFrom(c: SsoConnectionLike): SsoFormValues {
  return {
    name: c.name,
    scope: c.partnerId ? 'partner' : 'vendor',
    partnerId: c.partnerId ?? null,
    issuer: c.issuer,
    clientId: c.clientId,
    clientSecret: '',
    emailDomains: c.emailDomains.join(', '),
    defaultRole: c.defaultRole,
    enabled: c.enabled,
  };
}

export function splitDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
}

/** Checks what the browser can; the API checks again (and knows which domains are taken). */
export function validateSsoForm(
  values: SsoFormValues,
  editing: boolean,
): Partial<Record<keyof SsoFormValues, string>> {
  const errors: Partial<Record<keyof SsoFormValues, string>> = {};
  if (values.name.trim().length < 2) errors.name = 'Enter a name of at least 2 characters.';
  if (values.scope === 'partner' && !values.partnerId) errors.partnerId = 'Choose a partner.';
  if (!/^https?:\/\/[^\s/?#]+/i.test(values.issuer.trim()))
    errors.issuer = 'Enter the issuer URL, e.g. https://example.okta.com.';
  if (!values.clientId.trim()) errors.clientId = 'Enter the client ID.';
  if (!editing && !values.clientSecret.trim()) errors.clientSecret = 'Enter the client secret.';
  if (!splitDomains(values.emailDomains).length)
    errors.emailDomains = 'Enter at least one email domain.';
  if (!rolesForScope(values.scope).includes(values.defaultRole))
    errors.defaultRole = 'Choose a role for this kind of user.';
  return errors;
}

export function toSsoInput(values: SsoFormValues, existing: { id: string } | null) {
  return {
    ...(existing ? { id: existing.id } : {}),
    name: values.name.trim(),
    partnerId: values.scope === 'partner' ? values.partnerId : null,
    issuer: values.issuer.trim(),
    clientId: values.clientId.trim(),
    // Empty when editing keeps the stored secret.
    clientSecret: values.clientSecret.trim() || null,
    emailDomains: splitDomains(values.emailDomains),
    defaultRole: values.defaultRole,
    enabled: values.enabled,
  };
}
