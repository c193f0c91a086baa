import { EntityManager, In } from 'typeorm';
import { CampaignStatus, CampaignTargetMode } from '@tandem/shared-domain';
import { Campaign, CampaignAck } from '@tandem/api-campaigns';
import { Tier, User } from '@tandem/api-directory';
import { Persona } from '@tandem/api-personas';

const day = (now: Date, offset: number) =>
  new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** One live campaign for the top tiers and one upcoming for everyone, both launched. */
export async function seedDemoCampaigns(em: EntityManager, now: Date): Promise<void> {
  const tiers = await em.find(Tier, { where: { name: In(['Gold', 'Platinum']) } });
  const personas = await em.find(Persona, {
    where: { name: In(['IT Director Irene', 'Security Lead Sam', 'CFO Carlos']) },
  });
  const byName = (name: string) => personas.filter((p) => p.name === name).map((p) => p.id);
  const live = await em.save(
    em.create(Campaign, {
      name: 'Audit season: reach IT directors',
      goal: '60 MQLs and 15 SQLs across Gold and Platinum partners',
      description:
        'Year-end audits put access reviews on every IT director’s desk. Use the audit battlecard and the access-review email template; offer the free audit-readiness check.',
      startsOn: day(now, -7),
      endsOn: day(now, 45),
      status: CampaignStatus.LAUNCHED,
      launchedAt: now,
      targetMode: CampaignTargetMode.TIERS,
      targetTierIds: tiers.map((t) => t.id),
      personaIds: [...byName('IT Director Irene'), ...byName('Security Lead Sam')],
      createdByLabel: 'Marta Marketing',
    }),
  );
  const upcoming = await em.save(
    em.create(Campaign, {
      name: 'Budget-season webinar for CFOs',
      goal: '200 registrations, 30 MQLs',
      description:
        'A 30-minute webinar on consolidating tool spend, co-hosted by each partner for its customers.',
      startsOn: day(now, 14),
      endsOn: day(now, 60),
      status: CampaignStatus.LAUNCHED,
      launchedAt: now,
      targetMode: CampaignTargetMode.ALL,
      personaIds: byName('CFO Carlos'),
      createdByLabel: 'Marta Marketing',
    }),
  );
  await em.query(
    `INSERT INTO campaign_target (campaign_id, partner_id)
     SELECT $1::uuid, id FROM partner WHERE status <> 'SUSPENDED' AND tier_id = ANY($2)
     UNION ALL SELECT $3::uuid, id FROM partner WHERE status <> 'SUSPENDED'`,
    [live.id, tiers.map((t) => t.id), upcoming.id],
  );
  const rep = await em.findOneByOrFail(User, { email: 'sales@northwind.demo' });
  await em.insert(CampaignAck, {
    campaignId: live.id,
    userId: rep.id,
    partnerId: rep.partnerId,
    acknowledgedAt: now,
  });
}
