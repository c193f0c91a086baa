import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClosedLoopGrouping, Metric, PeriodKind, Permission } from '@tandem/shared-domain';
import { Allow, Ctx, PageInput, RequestContext, toPage } from '@tandem/api-core';
import { directoryLoaders, Partner } from '@tandem/api-directory';
import { Goal, GoalTemplate, Objective } from './analytics.entities';
import { AnalyticsService } from './analytics.service';
import {
  AnalyticsCalendar,
  AnalyticsSettingsInput,
  ApplyGoalTemplateInput,
  ChannelFunnel,
  ClosedLoopRow,
  GoalOverview,
  GoalOverviewRow,
  GoalTemplateInput,
  Leaderboard,
  LeaderboardRow,
  metricValues,
  ObjectiveInput,
  PartnerSelectionInput,
  PartnerGoals,
  PartnerScorecard,
  Period,
  RepFigures,
  RevenuePlanInput,
  RevenuePlanView,
  SetGoalInput,
  TemplateApplicationResult,
} from './analytics.types';
import { GoalsService } from './goals.service';
import { PlanService } from './plan.service';
import { ReportsService } from './reports.service';

@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly reports: ReportsService,
    private readonly goals: GoalsService,
    private readonly plans: PlanService,
  ) {}

  @Query(() => AnalyticsCalendar, { description: 'The fiscal calendar periods are cut by.' })
  @Allow(Permission.AnalyticsRead)
  async analyticsCalendar(@Ctx() ctx: RequestContext): Promise<AnalyticsCalendar> {
    const settings = await this.analytics.settings(ctx);
    const cal = await this.analytics.calendar(ctx);
    return { ...cal, version: settings.version };
  }

  @Mutation(() => AnalyticsCalendar)
  @Allow(Permission.ProgramSettingsManage)
  async updateAnalyticsSettings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AnalyticsSettingsInput,
  ): Promise<AnalyticsCalendar> {
    const saved = await this.analytics.updateSettings(
      ctx,
      input.fiscalYearStartMonth,
      input.expectedVersion,
    );
    const cal = await this.analytics.calendar(ctx);
    return { ...cal, fiscalYearStartMonth: saved.fiscalYearStartMonth, version: saved.version };
  }

  @Query(() => [Period], { description: 'Recent periods of a kind, newest first.' })
  @Allow(Permission.AnalyticsRead)
  periods(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => PeriodKind }) kind: PeriodKind,
    @Args('past', { type: () => Int, defaultValue: 6 }) past: number,
    @Args('ahead', { type: () => Int, defaultValue: 2 }) ahead: number,
  ): Promise<Period[]> {
    return this.analytics.periods(ctx, kind, past, ahead);
  }

  @Query(() => PartnerScorecard, {
    description:
      'Every metric of a partner for a period against its goals, with the trend. Partners: their own.',
  })
  @Allow(Permission.AnalyticsRead)
  async partnerScorecard(
    @Ctx() ctx: RequestContext,
    @Args('periodCode', { nullable: true, description: 'Default: the running quarter.' })
    periodCode?: string,
    @Args('partnerId', { type: () => ID, nullable: true }) partnerId?: string,
    @Args('trendPeriods', { type: () => Int, defaultValue: 4 }) trendPeriods?: number,
  ): Promise<PartnerScorecard> {
    const code = periodCode ?? (await this.analytics.currentPeriod(ctx, PeriodKind.QUARTER)).code;
    const card = await this.reports.scorecard(ctx, partnerId, code, trendPeriods);
    return {
      ...card,
      trend: card.trend.map((t) => ({ period: t.period, values: metricValues(t.values) })),
    };
  }

  @Query(() => [RepFigures], {
    description: 'Per-rep figures of a partner; a sales rep gets only their own.',
  })
  @Allow(Permission.AnalyticsRead)
  async teamScorecard(
    @Ctx() ctx: RequestContext,
    @Args('periodCode') periodCode: string,
    @Args('partnerId', { type: () => ID, nullable: true }) partnerId?: string,
  ): Promise<RepFigures[]> {
    const { reps } = await this.reports.team(ctx, partnerId, periodCode);
    return reps.map((r) => ({ userId: r.userId, name: r.name, values: metricValues(r.values) }));
  }

  @Query(() => PartnerGoals)
  @Allow(Permission.GoalRead)
  partnerGoals(
    @Ctx() ctx: RequestContext,
    @Args('periodCode') periodCode: string,
    @Args('partnerId', { type: () => ID, nullable: true }) partnerId?: string,
  ): Promise<PartnerGoals> {
    return this.goals.forPartner(ctx, partnerId, periodCode);
  }

  @Query(() => GoalOverview, {
    description: 'How each partner in scope stands on its goals for a period (goal setters).',
  })
  @Allow(Permission.GoalManage)
  async goalOverview(
    @Ctx() ctx: RequestContext,
    @Args('periodCode') periodCode: string,
    @Args('filter', { type: () => PartnerSelectionInput, nullable: true })
    filter?: PartnerSelectionInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<GoalOverview> {
    const { offset, limit } = toPage(page);
    const { period, rows } = await this.goals.overview(ctx, periodCode, filter ?? {});
    return { period, total: rows.length, items: rows.slice(offset, offset + limit) };
  }

  @Query(() => Leaderboard, { description: 'Partners by a metric (vendor users).' })
  @Allow(Permission.ChannelAnalyticsRead)
  async partnerLeaderboard(
    @Ctx() ctx: RequestContext,
    @Args('periodCode') periodCode: string,
    @Args('filter', { type: () => PartnerSelectionInput, nullable: true })
    filter?: PartnerSelectionInput,
    @Args('sort', { type: () => Metric, defaultValue: Metric.REVENUE_WON }) sort?: Metric,
    @Args('descending', { defaultValue: true }) descending?: boolean,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Leaderboard> {
    const { offset, limit } = toPage(page);
    const board = await this.reports.leaderboard(
      ctx,
      periodCode,
      filter ?? {},
      sort ?? Metric.REVENUE_WON,
      descending ?? true,
    );
    return {
      period: board.period,
      total: board.rows.length,
      items: board.rows.slice(offset, offset + limit).map((r) => ({
        partnerId: r.id,
        rank: r.rank,
        values: metricValues(r.values),
      })),
    };
  }

  @Query(() => ChannelFunnel, { description: 'The funnel over a selection of partners.' })
  @Allow(Permission.ChannelAnalyticsRead)
  async channelFunnel(
    @Ctx() ctx: RequestContext,
    @Args('periodCode') periodCode: string,
    @Args('filter', { type: () => PartnerSelectionInput, nullable: true })
    filter?: PartnerSelectionInput,
  ): Promise<ChannelFunnel> {
    const f = await this.reports.funnel(ctx, periodCode, filter ?? {});
    return { ...f, values: metricValues(f.values) };
  }

  @Query(() => [ClosedLoopRow], {
    description:
      'Leads → SQL → opportunity → revenue won, grouped by source, campaign, persona or kit.',
  })
  @Allow(Permission.ChannelAnalyticsRead)
  async closedLoop(
    @Ctx() ctx: RequestContext,
    @Args('periodCode') periodCode: string,
    @Args('groupBy', { type: () => ClosedLoopGrouping }) groupBy: ClosedLoopGrouping,
    @Args('filter', { type: () => PartnerSelectionInput, nullable: true })
    filter?: PartnerSelectionInput,
  ): Promise<ClosedLoopRow[]> {
    return (await this.reports.closedLoop(ctx, periodCode, groupBy, filter ?? {})).rows;
  }

  @Query(() => [GoalTemplate])
  @Allow(Permission.GoalManage)
  goalTemplates(@Ctx() ctx: RequestContext): Promise<GoalTemplate[]> {
    return this.goals.templates(ctx);
  }

  @Query(() => RevenuePlanView, {
    description: 'Leads, MQLs, SQLs and opportunities a revenue target needs, with assumptions.',
  })
  @Allow(Permission.GoalManage)
  revenuePlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RevenuePlanInput,
  ): Promise<RevenuePlanView> {
    return this.plans.plan(ctx, input.partnerId, input.periodCode, input.revenueTarget);
  }

  @Mutation(() => Goal, { description: 'Sets (creates or changes) a partner’s goal for a metric.' })
  @Allow(Permission.GoalManage)
  setGoal(@Ctx() ctx: RequestContext, @Args('input') input: SetGoalInput): Promise<Goal> {
    return this.goals.setGoal(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.GoalManage)
  deleteGoal(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.goals.deleteGoal(ctx, id);
  }

  @Mutation(() => Objective)
  @Allow(Permission.GoalManage)
  saveObjective(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ObjectiveInput,
  ): Promise<Objective> {
    return this.goals.saveObjective(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.GoalManage)
  deleteObjective(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.goals.deleteObjective(ctx, id);
  }

  @Mutation(() => GoalTemplate)
  @Allow(Permission.GoalManage)
  saveGoalTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input') input: GoalTemplateInput,
  ): Promise<GoalTemplate> {
    return this.goals.saveTemplate(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.GoalManage)
  deleteGoalTemplate(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.goals.deleteTemplate(ctx, id);
  }

  @Mutation(() => TemplateApplicationResult, {
    description:
      'Sets a tier template’s goals for every partner of the tier (yours, for a channel manager).',
  })
  @Allow(Permission.GoalManage)
  applyGoalTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ApplyGoalTemplateInput,
  ): Promise<TemplateApplicationResult> {
    return this.goals.applyTemplate(
      ctx,
      input.templateId,
      input.periodCode,
      input.overwriteAdjusted,
    );
  }

  @Mutation(() => [Goal], { description: 'Turns a revenue plan into the partner’s goals.' })
  @Allow(Permission.GoalManage)
  applyRevenuePlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RevenuePlanInput,
  ): Promise<Goal[]> {
    return this.plans.apply(ctx, input.partnerId, input.periodCode, input.revenueTarget);
  }
}

@Resolver(() => LeaderboardRow)
export class LeaderboardRowResolver {
  @ResolveField(() => Partner)
  @Allow(Permission.ChannelAnalyticsRead)
  async partner(@Ctx() ctx: RequestContext, @Parent() row: LeaderboardRow): Promise<Partner> {
    return (await directoryLoaders.partner(ctx).load(row.partnerId))!;
  }
}

@Resolver(() => GoalOverviewRow)
export class GoalOverviewRowResolver {
  @ResolveField(() => Partner)
  @Allow(Permission.GoalManage)
  async partner(@Ctx() ctx: RequestContext, @Parent() row: GoalOverviewRow): Promise<Partner> {
    return (await directoryLoaders.partner(ctx).load(row.partnerId))!;
  }
}

@Resolver(() => Goal)
export class GoalResolver {
  @ResolveField(() => String, { description: 'The partner’s name.' })
  @Allow(Permission.GoalRead)
  async partnerName(@Ctx() ctx: RequestContext, @Parent() goal: Goal): Promise<string> {
    return (await directoryLoaders.partner(ctx).load(goal.partnerId))?.name ?? '';
  }
}
