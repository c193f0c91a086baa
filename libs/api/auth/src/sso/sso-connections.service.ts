import { Injectable } from '@nestjs/common';
import { isPartnerRole, isVendorRole } from '@tandem/shared-domain';
import {
  AuditService,
  FieldError,
  NotFoundError,
  RequestContext,
  ValidationError,
} from '@tandem/api-core';
import { Partner } from '@tandem/api-directory';
import { normalizeEmailDomains } from './email-domains';
import { SsoDiscoveryService, SsoSetupError } from './sso-discovery.service';
import { SsoConnection } from './sso.entities';
import { SsoConnectionInput, SsoConnectionTestResult } from './sso.inputs';

/** The vendor admin's management of single sign-on connections. */
@Injectable()
export class SsoConnectionsService {
  constructor(
    private readonly discovery: SsoDiscoveryService,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext): Promise<SsoConnection[]> {
    return ctx.em.find(SsoConnection, { order: { name: 'ASC', createdAt: 'ASC' } });
  }

  async save(ctx: RequestContext, input: SsoConnectionInput): Promise<SsoConnection> {
    const existing = input.id
      ? await ctx.em.findOne(SsoConnection, { where: { id: input.id } })
      : null;
    if (input.id && !existing) throw new NotFoundError('The single sign-on connection');
    const errors: FieldError[] = [];
    const partnerId = input.partnerId || null;
    if (partnerId && !(await ctx.em.exists(Partner, { where: { id: partnerId } })))
      errors.push({ field: 'partnerId', message: 'Choose a partner.' });
    if (partnerId ? !isPartnerRole(input.defaultRole) : !isVendorRole(input.defaultRole))
      errors.push({
        field: 'defaultRole',
        message: partnerId
          ? 'A partner connection creates partner users: choose a partner role.'
          : 'A vendor connection creates vendor staff: choose a vendor role.',
      });
    const issuer = this.checkIssuer(input.issuer, errors);
    const secret = input.clientSecret?.trim() ?? '';
    if (!existing && !secret)
      errors.push({ field: 'clientSecret', message: 'Enter the client secret.' });
    const { domains, invalid } = normalizeEmailDomains(input.emailDomains);
    if (invalid.length)
      errors.push({
        field: 'emailDomains',
        message: `Not an email domain: ${invalid.join(', ')}.`,
      });
    else if (!domains.length)
      errors.push({ field: 'emailDomains', message: 'Enter at least one email domain.' });
    const enabled = input.enabled ?? true;
    // One transaction-wide lock so two admins cannot claim the same domain at once.
    await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('sso_connection.email_domains'))`);
    if (enabled && domains.length && !invalid.length) {
      const taken: { name: string; domain: string }[] = await ctx.em.query(
        `SELECT c.name, d.domain FROM sso_connection c, unnest(c.email_domains) AS d(domain)
         WHERE c.enabled AND c.id IS DISTINCT FROM $1 AND d.domain = ANY($2)`,
        [existing?.id ?? null, domains],
      );
      if (taken.length)
        errors.push({
          field: 'emailDomains',
          message: taken.map((t) => `${t.domain} already signs in with “${t.name}”.`).join(' '),
        });
    }
    if (errors.length) throw new ValidationError(errors);

    const values = {
      name: input.name.trim(),
      partnerId,
      issuer,
      clientId: input.clientId.trim(),
      emailDomains: domains,
      defaultRole: input.defaultRole,
      enabled,
      ...(secret ? { clientSecretSealed: this.discovery.secrets.seal(secret) } : {}),
    };
    const before = existing ? auditView(existing, false) : null;
    const saved = existing
      ? await ctx.em.save(Object.assign(existing, values))
      : await ctx.em.save(ctx.em.create(SsoConnection, values));
    await this.audit.record(ctx, {
      action: existing ? 'sso-connection.updated' : 'sso-connection.created',
      entityType: 'SsoConnection',
      entityId: saved.id,
      partnerId: saved.partnerId,
      before,
      after: auditView(saved, Boolean(existing && secret)),
    });
    return saved;
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    const existing = await ctx.em.findOne(SsoConnection, { where: { id } });
    if (!existing) throw new NotFoundError('The single sign-on connection');
    await ctx.em.delete(SsoConnection, { id });
    await this.audit.record(ctx, {
      action: 'sso-connection.deleted',
      entityType: 'SsoConnection',
      entityId: id,
      partnerId: existing.partnerId,
      before: auditView(existing, false),
    });
    return true;
  }

  /** Reads the issuer's discovery document with the stored settings and says what it found. */
  async test(ctx: RequestContext, id: string): Promise<SsoConnectionTestResult> {
    const connection = await ctx.em.findOne(SsoConnection, { where: { id } });
    if (!connection) throw new NotFoundError('The single sign-on connection');
    try {
      const meta = (await this.discovery.configuration(connection)).serverMetadata();
      return {
        ok: true,
        message: 'The identity provider answered.',
        issuer: meta.issuer,
        authorizationEndpoint: meta.authorization_endpoint,
        tokenEndpoint: meta.token_endpoint,
      };
    } catch (err) {
      if (err instanceof SsoSetupError) return { ok: false, message: err.message };
      throw err;
    }
  }

  private checkIssuer(raw: string, errors: FieldError[]): string {
    const value = raw.trim().replace(/\/+$/, '');
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    if (!url || !['https:', 'http:'].includes(url.protocol) || url.search || url.hash)
      errors.push({
        field: 'issuer',
        message: 'Enter the issuer URL, e.g. https://example.okta.com.',
      });
    else if (url.protocol === 'http:' && !this.discovery.allowInsecure)
      errors.push({ field: 'issuer', message: 'The issuer URL must use https.' });
    return value;
  }
}

/** What the audit log keeps of a connection: never the secret, only whether it was replaced. */
function auditView(c: SsoConnection, secretReplaced: boolean): object {
  return {
    name: c.name,
    partnerId: c.partnerId,
    issuer: c.issuer,
    clientId: c.clientId,
    emailDomains: [...c.emailDomains],
    defaultRole: c.defaultRole,
    enabled: c.enabled,
    ...(secretReplaced ? { clientSecretReplaced: true } : {}),
  };
}
