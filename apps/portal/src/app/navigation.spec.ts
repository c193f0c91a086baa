import { Role } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { UPCOMING_DESCRIPTIONS, navAreasFor } from './navigation';
import { NAV_AREAS } from '@tandem/shared-domain';

const keys = (role: Role) => navAreasFor(role).map((a) => a.key);

describe('navAreasFor', () => {
  it('gives the vendor admin every area, including settings and the audit log', () => {
    expect(keys(Role.VENDOR_ADMIN)).toEqual(NAV_AREAS.map((a) => a.key));
  });

  it('hides user management, settings and audit from partner sales reps', () => {
    const nav = keys(Role.PARTNER_SALES_REP);
    expect(nav).toContain('partners');
    expect(nav).toContain('deals');
    expect(nav).not.toContain('users');
    expect(nav).not.toContain('settings');
    expect(nav).not.toContain('audit');
    // Sales reps follow the campaign feed, so sales knows what marketing is running.
    expect(nav).toContain('campaigns');
  });

  it('lets partner admins and channel managers manage or read users but not settings', () => {
    for (const role of [Role.PARTNER_ADMIN, Role.CHANNEL_MANAGER]) {
      expect(keys(role)).toContain('users');
      expect(keys(role)).not.toContain('settings');
      expect(keys(role)).not.toContain('audit');
    }
  });

  it('shows the built leads area to every role, without the “Soon” badge', () => {
    for (const role of Object.values(Role)) expect(keys(role)).toContain('leads');
    expect(NAV_AREAS.find((a) => a.key === 'leads')?.upcoming).toBeFalsy();
  });

  it('shows the built deals area to those who register or decide deals, not to marketers', () => {
    for (const role of [
      Role.VENDOR_ADMIN,
      Role.CHANNEL_MANAGER,
      Role.PARTNER_ADMIN,
      Role.PARTNER_SALES_REP,
    ])
      expect(keys(role)).toContain('deals');
    for (const role of [Role.VENDOR_MARKETER, Role.PARTNER_MARKETER])
      expect(keys(role)).not.toContain('deals');
    expect(NAV_AREAS.find((a) => a.key === 'deals')?.upcoming).toBeFalsy();
  });

  it('shows integrations to the vendor admin and partner admins only', () => {
    for (const role of Object.values(Role))
      expect(keys(role).includes('integrations')).toBe(
        role === Role.VENDOR_ADMIN || role === Role.PARTNER_ADMIN,
      );
  });

  it('has a description for every upcoming area', () => {
    for (const area of NAV_AREAS.filter((a) => a.upcoming)) {
      expect(UPCOMING_DESCRIPTIONS[area.key]).toBeTruthy();
    }
  });
});
