import { useQuery } from '@apollo/client/react';
import { Stack, Tabs } from '@mantine/core';
import { DetailSkeleton, EmptyState, ErrorAlert, PageHeader } from '@tandem/portal-ui';
import { useSearchParams } from 'react-router';
import { PublishedDefinitionDocument } from '../graphql/definitions.graphql';
import { useDefinitionAccess } from '../lib/use-definition-access';
import { AcknowledgementPanel } from './acknowledgement-panel';
import { AgreementsTable } from './agreements-table';
import { DraftEditor } from './draft-editor';
import { DefinitionVersionLine, MqlCriteriaView, StagesView } from './published-definition';
import { ReasonCodes } from './reason-codes';
import { VersionHistory } from './version-history';

const TABS = ['funnel', 'history', 'reasons', 'agreements', 'edit'] as const;
type Tab = (typeof TABS)[number];

/** The definitions every user can read: funnel stages, MQL criteria and reason codes. */
export function DefinitionsPage() {
  const access = useDefinitionAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab') as Tab | null;
  const available: Tab[] = TABS.filter(
    (t) => (t !== 'agreements' || access.seesAgreements) && (t !== 'edit' || access.canManage),
  );
  const tab: Tab = requested && available.includes(requested) ? requested : 'funnel';
  const { data, error, refetch } = useQuery(PublishedDefinitionDocument);
  const definition = data?.funnelDefinition ?? null;
  const currentVersion = definition?.number ?? null;

  return (
    <>
      <PageHeader
        title="Definitions"
        description="The lead funnel, MQL criteria and reason codes vendor and partners agree to work to."
      />
      <Tabs
        value={tab}
        onChange={(next) =>
          setSearchParams(next && next !== 'funnel' ? { tab: next } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="funnel">Funnel and MQL</Tabs.Tab>
          <Tabs.Tab value="history">Version history</Tabs.Tab>
          <Tabs.Tab value="reasons">Reason codes</Tabs.Tab>
          {access.seesAgreements && <Tabs.Tab value="agreements">Agreements</Tabs.Tab>}
          {access.canManage && <Tabs.Tab value="edit">Edit draft</Tabs.Tab>}
        </Tabs.List>

        <Tabs.Panel value="funnel">
          {error && !data ? (
            <ErrorAlert error={error} onRetry={() => void refetch()} />
          ) : !data ? (
            <DetailSkeleton />
          ) : !definition ? (
            <EmptyState
              title="No definition published yet"
              description={
                access.canManage
                  ? 'Write the stages and MQL criteria under “Edit draft” and publish them.'
                  : 'The vendor has not published the funnel definition yet.'
              }
            />
          ) : (
            <Stack gap="md">
              <DefinitionVersionLine definition={definition} />
              {access.partnerId && (
                <AcknowledgementPanel
                  definition={definition}
                  partnerId={access.partnerId}
                  canAcknowledge={access.canAcknowledge}
                />
              )}
              <StagesView stages={definition.stages} />
              <MqlCriteriaView mql={definition.mql} />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <VersionHistory currentVersion={currentVersion} />
        </Tabs.Panel>
        <Tabs.Panel value="reasons">
          <ReasonCodes canManage={access.canManage} />
        </Tabs.Panel>
        {access.seesAgreements && (
          <Tabs.Panel value="agreements">
            <AgreementsTable currentVersion={currentVersion} />
          </Tabs.Panel>
        )}
        {access.canManage && (
          <Tabs.Panel value="edit">
            {data ? <DraftEditor published={definition} /> : <DetailSkeleton />}
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
