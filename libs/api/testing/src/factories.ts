import { randomBytes } from 'node:crypto';
import { PartnerStatus, Role, UserStatus } from '@tandem/shared-domain';
import { Clock, DbService, PasswordHasher, newOpaqueToken } from '@tandem/api-core';
import { Invitation, Partner, PartnerType, Tier, User } from '@tandem/api-directory';
import { PasswordReset } from '@tandem/api-auth';
import { Notification } from '@tandem/api-notifications';
import {
  Persona,
  PersonaComment,
  PersonaContent,
  PersonaVersion,
  normalizeContent,
} from '@tandem/api-personas';
import {
  CampaignStatus,
  CampaignTargetMode,
  PersonaCommentKind,
  PersonaStatus,
  ProposalStatus,
} from '@tandem/shared-domain';
import { Campaign, CampaignTarget } from '@tandem/api-campaigns';
import { ContentAsset, ContentDownload, ContentKit, ContentKitItem } from '@tandem/api-content';
import {
  AssetKind,
  AssetType,
  DealStatus,
  DefinitionStatus,
  LEAD_STAGES,
  LeadHandoff,
  LeadSource,
  LeadStage,
  OfferKind,
  OfferStatus,
  ReasonKind,
} from '@tandem/shared-domain';
import { FunnelDefinition, ReasonCode } from '@tandem/api-definitions';
import { Lead, LeadOffer, LeadStageEvent, RoutingRule, SlaPolicy } from '@tandem/api-leads';
import { DealRegistration, normalizeCompanyName, Product } from '@tandem/api-deals';
import { NotificationKind } from '@tandem/shared-domain';

export const TEST_PASSWORD = 'correct-horse-42';

const unique = () => randomBytes(4).toString('hex');

/** Builds rows directly in the test database (as the system scope), bypassing the API. */
export class Factories {
  private hash?: Promise<string>;
  private defaults?: Promise<{ tier: Tier; type: PartnerType }>;

  constructor(
    private readonly db: DbService,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  private passwordHash(): Promise<string> {
    this.hash ??= this.hasher.hash(TEST_PASSWORD);
    return this.hash;
  }

  tier(values: Partial<Tier> = {}): Promise<Tier> {
    return this.db.asSystem((em) =>
      em.save(
        em.create(Tier, {
          name: `Tier ${unique()}`,
          rank: Math.floor(Math.random() * 900) + 100,
          ...values,
        }),
      ),
    );
  }

  partnerType(values: Partial<PartnerType> = {}): Promise<PartnerType> {
    return this.db.asSystem((em) =>
      em.save(em.create(PartnerType, { name: `Type ${unique()}`, ...values })),
    );
  }

  private defaultRefs(): Promise<{ tier: Tier; type: PartnerType }> {
    this.defaults ??= (async () => ({
      tier: await this.tier({ name: 'Gold', rank: 2 }),
      type: await this.partnerType({ name: 'Reseller' }),
    }))();
    return this.defaults;
  }

  async partner(values: Partial<Partner> = {}): Promise<Partner> {
    const { tier, type } = await this.defaultRefs();
    return this.db.asSystem((em) =>
      em.save(
        em.create(Partner, {
          name: `Partner ${unique()}`,
          country: 'US',
          region: 'NA',
          timeZone: 'America/New_York',
          tierId: tier.id,
          typeId: type.id,
          status: PartnerStatus.ACTIVE,
          websiteDomains: [],
          ...values,
        }),
      ),
    );
  }

  async user(values: Partial<User> & { role: Role }): Promise<User> {
    const passwordHash = await this.passwordHash();
    return this.db.asSystem((em) =>
      em.save(
        em.create(User, {
          email: `${values.role.toLowerCase()}-${unique()}@example.test`,
          name: `Test ${values.role.toLowerCase()}`,
          status: UserStatus.ACTIVE,
          passwordHash,
          ...values,
        }),
      ),
    );
  }

  /** An invited (not yet active) user with a valid invitation; returns the raw link token. */
  async invitation(values: {
    role: Role;
    partnerId: string | null;
    invitedById?: string;
  }): Promise<{ user: User; token: string }> {
    const user = await this.db.asSystem((em) =>
      em.save(
        em.create(User, {
          email: `invitee-${unique()}@example.test`,
          role: values.role,
          partnerId: values.partnerId,
          status: UserStatus.INVITED,
        }),
      ),
    );
    const { token, hash } = newOpaqueToken();
    await this.db.asSystem((em) =>
      em.insert(Invitation, {
        userId: user.id,
        partnerId: values.partnerId,
        invitedById: values.invitedById ?? null,
        tokenHash: hash,
        expiresAt: new Date(this.clock.now().getTime() + 86_400_000),
      }),
    );
    return { user, token };
  }

  async passwordReset(userId: string): Promise<string> {
    const { token, hash } = newOpaqueToken();
    await this.db.asSystem((em) =>
      em.insert(PasswordReset, {
        userId,
        tokenHash: hash,
        expiresAt: new Date(this.clock.now().getTime() + 3_600_000),
      }),
    );
    return token;
  }

  async notification(userId: string, title = `Note ${unique()}`): Promise<Notification> {
    return this.db.asSystem((em) =>
      em.save(
        em.create(Notification, {
          userId,
          kind: NotificationKind.ACCOUNT_CHANGED,
          title,
          body: '',
        }),
      ),
    );
  }

  /** A persona; published as version 1 unless `published` is false. */
  async persona(values: Partial<PersonaContent> = {}, published = true): Promise<Persona> {
    const content = normalizeContent({
      name: `Persona ${unique()}`,
      summary: 'A test persona.',
      painPoints: ['Too many spreadsheets'],
      ...values,
    } as PersonaContent);
    return this.db.asSystem(async (em) => {
      const now = this.clock.now();
      const persona = await em.save(
        em.create(Persona, {
          name: content.name,
          draft: content,
          status: published ? PersonaStatus.PUBLISHED : PersonaStatus.DRAFT,
          publishedVersion: published ? 1 : null,
          publishedAt: published ? now : null,
        }),
      );
      if (published) {
        await em.insert(PersonaVersion, {
          personaId: persona.id,
          number: 1,
          content,
          changeNote: 'First version',
          publishedAt: now,
          publishedByLabel: 'Test',
        });
      }
      return persona;
    });
  }

  /** A comment, or with `suggestion` an open proposal, written by a user of `partnerId`. */
  personaComment(values: {
    personaId: string;
    partnerId: string | null;
    authorId?: string | null;
    suggestion?: string;
    field?: string;
    body?: string;
  }): Promise<PersonaComment> {
    const proposal = values.suggestion !== undefined;
    return this.db.asSystem((em) =>
      em.save(
        em.create(PersonaComment, {
          personaId: values.personaId,
          partnerId: values.partnerId,
          authorId: values.authorId ?? null,
          authorLabel: 'Test author',
          kind: proposal ? PersonaCommentKind.PROPOSAL : PersonaCommentKind.COMMENT,
          body: values.body ?? (proposal ? '' : `Comment ${unique()}`),
          field: proposal ? (values.field ?? 'painPoints') : null,
          suggestion: values.suggestion ?? null,
          evidence: proposal ? 'Seen in three deals' : null,
          status: proposal ? ProposalStatus.OPEN : null,
        }),
      ),
    );
  }

  /**
   * A campaign. Launched ones reach `targets` (partner ids); a partner's own campaign (partnerId
   * set) reaches that partner. Dates default to a live window around the factory clock's today.
   */
  async campaign(values: Partial<Campaign> & { targets?: string[] } = {}): Promise<Campaign> {
    const day = (offset: number) =>
      new Date(this.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const { targets, ...rest } = values;
    const partnerId = rest.partnerId ?? null;
    const reach = targets ?? (partnerId ? [partnerId] : []);
    return this.db.asSystem(async (em) => {
      const campaign = await em.save(
        em.create(Campaign, {
          name: `Campaign ${unique()}`,
          startsOn: day(-1),
          endsOn: day(30),
          status: CampaignStatus.LAUNCHED,
          targetMode: CampaignTargetMode.PARTNERS,
          targetPartnerIds: reach,
          createdByLabel: 'Test',
          launchedAt: rest.status === CampaignStatus.DRAFT ? null : this.clock.now(),
          ...rest,
          partnerId,
        }),
      );
      if (campaign.status !== CampaignStatus.DRAFT && reach.length) {
        await em.insert(
          CampaignTarget,
          reach.map((p) => ({ campaignId: campaign.id, partnerId: p })),
        );
      }
      return campaign;
    });
  }

  /** A published link asset (files go through the upload route in tests). */
  asset(values: Partial<ContentAsset> = {}): Promise<ContentAsset> {
    return this.db.asSystem((em) =>
      em.save(
        em.create(ContentAsset, {
          title: `Asset ${unique()}`,
          type: AssetType.CASE_STUDY,
          kind: AssetKind.LINK,
          url: 'https://example.com/case-study',
          publishAt: new Date(this.clock.now().getTime() - 86_400_000),
          createdByLabel: 'Test',
          ...values,
        }),
      ),
    );
  }

  async kit(assetIds: string[], values: Partial<ContentKit> = {}): Promise<ContentKit> {
    return this.db.asSystem(async (em) => {
      const kit = await em.save(em.create(ContentKit, { name: `Kit ${unique()}`, ...values }));
      await em.insert(
        ContentKitItem,
        assetIds.map((assetId, position) => ({ kitId: kit.id, assetId, position })),
      );
      return kit;
    });
  }

  download(values: {
    assetId?: string;
    kitId?: string;
    userId: string;
    partnerId: string | null;
  }): Promise<ContentDownload> {
    return this.db.asSystem((em) =>
      em.save(
        em.create(ContentDownload, {
          assetId: values.assetId ?? null,
          kitId: values.kitId ?? null,
          itemTitle: 'Test item',
          userId: values.userId,
          userLabel: 'Test user',
          partnerId: values.partnerId,
          at: this.clock.now(),
        }),
      ),
    );
  }

  /** A funnel definition with every stage described; published ones get the next number. */
  definition(
    status: DefinitionStatus = DefinitionStatus.PUBLISHED,
    mql: FunnelDefinition['mql'] = {
      requiredFields: ['email'],
      threshold: 10,
      fitRules: [],
      engagementRules: [],
    },
  ): Promise<FunnelDefinition> {
    return this.db.asSystem(async (em) => {
      const [{ max }] = await em.query(
        'SELECT coalesce(max(number), 0)::int AS max FROM funnel_definition',
      );
      if (status === DefinitionStatus.DRAFT)
        await em.delete(FunnelDefinition, { status: DefinitionStatus.DRAFT });
      return em.save(
        em.create(FunnelDefinition, {
          status,
          number: status === DefinitionStatus.PUBLISHED ? max + 1 : null,
          stages: LEAD_STAGES.map((stage) => ({
            stage,
            description: `About ${stage}`,
            entryCriteria: '',
          })),
          mql,
          publishedAt: status === DefinitionStatus.PUBLISHED ? this.clock.now() : null,
          publishedByLabel: 'Test',
        }),
      );
    });
  }

  reasonCode(kind: ReasonKind, values: Partial<ReasonCode> = {}): Promise<ReasonCode> {
    const code = `code-${unique()}`;
    return this.db.asSystem((em) =>
      em.save(em.create(ReasonCode, { kind, code, label: `Reason ${code}`, ...values })),
    );
  }

  routingRule(values: Partial<RoutingRule> = {}): Promise<RoutingRule> {
    return this.db.asSystem(async (em) => {
      const [{ next }] = await em.query(
        'SELECT coalesce(max(position), 0)::int + 1 AS next FROM routing_rule',
      );
      return em.save(
        em.create(RoutingRule, { name: `Rule ${unique()}`, position: next, ...values }),
      );
    });
  }

  slaPolicy(values: Partial<SlaPolicy> = {}): Promise<SlaPolicy> {
    return this.db.asSystem((em) =>
      em.save(
        em.create(SlaPolicy, {
          name: `Policy ${unique()}`,
          acceptHours: 24,
          contactHours: 48,
          ...values,
        }),
      ),
    );
  }

  /**
   * A lead held by a partner (or the vendor pool), with its first stage event and, optionally, an
   * offer: PENDING (deadline a day away) or ACCEPTED (an SQL the rep works).
   */
  lead(values: Partial<Lead> & { offer?: 'PENDING' | 'ACCEPTED' } = {}): Promise<Lead> {
    const { offer, ...rest } = values;
    return this.db.asSystem(async (em) => {
      const now = this.clock.now();
      const n = unique();
      const lead = em.create(Lead, {
        source: rest.originPartnerId ? LeadSource.PARTNER_MARKETING : LeadSource.VENDOR_MARKETING,
        stage: offer === 'ACCEPTED' ? LeadStage.SQL : LeadStage.MQL,
        stageChangedAt: now,
        handoff:
          offer === 'ACCEPTED'
            ? LeadHandoff.ACCEPTED
            : offer
              ? LeadHandoff.OFFERED
              : LeadHandoff.POOL,
        contactName: `Lead ${n}`,
        email: `lead-${n}@buyer.example`,
        company: `Buyer ${n}`,
        createdByLabel: 'Test',
        mqlReasons: [],
        ...rest,
      });
      await em.insert(Lead, lead);
      await em.insert(LeadStageEvent, {
        leadId: lead.id,
        partnerId: lead.partnerId,
        stage: lead.stage,
        occurredAt: now,
        actorLabel: 'Test',
      });
      if (offer && lead.partnerId) {
        const day = new Date(now.getTime() + 86_400_000);
        await em.insert(LeadOffer, {
          leadId: lead.id,
          kind: rest.originPartnerId ? OfferKind.PARTNER_TO_REP : OfferKind.VENDOR_TO_PARTNER,
          partnerId: lead.partnerId,
          userId: lead.assignedUserId,
          status: offer === 'ACCEPTED' ? OfferStatus.ACCEPTED : OfferStatus.PENDING,
          offeredAt: now,
          offeredByLabel: 'Test',
          acceptDueAt: day,
          contactDueAt: new Date(day.getTime() + 86_400_000),
          decidedAt: offer === 'ACCEPTED' ? now : null,
        });
      }
      return lead;
    });
  }

  product(values: Partial<Product> = {}): Promise<Product> {
    const n = unique();
    return this.db.asSystem((em) =>
      em.save(
        em.create(Product, {
          sku: `SKU-${n}`,
          name: `Product ${n}`,
          listPrice: '1000.00',
          ...values,
        }),
      ),
    );
  }

  /**
   * A registration written straight to the database (status SUBMITTED by default), its conflicts
   * recorded by the same SQL function submission uses.
   */
  deal(
    values: Partial<DealRegistration> & { partnerId: string; companyName: string },
    threshold = 0.5,
  ): Promise<DealRegistration> {
    return this.db.asSystem(async (em) => {
      const status = values.status ?? DealStatus.SUBMITTED;
      const deal = em.create(DealRegistration, {
        registeredByLabel: 'Test',
        website: values.domain ?? '',
        country: 'US',
        normalizedName: normalizeCompanyName(values.companyName),
        submittedAt: status === DealStatus.DRAFT ? null : this.clock.now(),
        ...values,
        status,
      });
      const saved = await em.save(deal);
      if (status !== DealStatus.DRAFT)
        await em.query('SELECT tandem_record_deal_conflicts($1, $2)', [saved.id, threshold]);
      return em.findOneOrFail(DealRegistration, { where: { id: saved.id } });
    });
  }
}
