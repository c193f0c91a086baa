import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Blockquote,
  Button,
  Collapse,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconBulb, IconCheck, IconCornerDownRight, IconX } from '@tabler/icons-react';
import {
  PERSONA_FIELDS,
  PROPOSABLE_PERSONA_FIELDS,
  PersonaCommentKind,
  ProposalStatus,
} from '@tandem/shared-domain';
import type { PersonaCommentFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, TableSkeleton, formatDateTime, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import {
  AcceptPersonaProposalDocument,
  CommentOnPersonaDocument,
  DeclinePersonaProposalDocument,
  PersonaCommentsDocument,
  ProposePersonaChangeDocument,
} from '../graphql/personas.graphql';
import { fieldLabel, suggestionHelp } from '../lib/persona-form';
import { ProposalStatusBadge } from './persona-badges';
import { TextPromptModal } from './text-prompt-modal';

type Comment = PersonaCommentFieldsFragment;

const PAGE = 50;

const FIELD_OPTIONS = PERSONA_FIELDS.filter((f) => PROPOSABLE_PERSONA_FIELDS.includes(f.key)).map(
  (f) => ({ value: f.key, label: f.key === 'imageUrl' ? 'Image URL' : f.label }),
);

interface Props {
  personaId: string;
  published: boolean;
  canDiscuss: boolean;
  canManage: boolean;
}

/** Groups replies under their parent; a reply whose parent is not loaded stands on its own. */
export function threadComments(items: readonly Comment[]) {
  const ids = new Set(items.map((c) => c.id));
  const replies = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const c of items) {
    if (c.parentId && ids.has(c.parentId)) {
      const list = replies.get(c.parentId) ?? [];
      // Items arrive newest first; a thread reads oldest first.
      list.unshift(c);
      replies.set(c.parentId, list);
    } else {
      roots.push(c);
    }
  }
  return { roots, replies };
}

/** Comments and proposed changes, newest first, with replies under what they answer. */
export function PersonaDiscussion({ personaId, published, canDiscuss, canManage }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const { data, previousData, error, refetch, loading } = useQuery(PersonaCommentsDocument, {
    variables: { personaId, page: { offset: 0, limit }, openProposalsOnly: false },
  });
  const page = (data ?? previousData)?.personaComments;
  const [proposing, setProposing] = useState(false);

  return (
    <Stack gap="lg">
      {canDiscuss && published && (
        <Paper withBorder p="md" radius="md">
          <CommentForm personaId={personaId} />
          <Group mt="sm">
            <Button
              variant="light"
              leftSection={<IconBulb size={16} />}
              onClick={() => setProposing((v) => !v)}
              aria-expanded={proposing}
            >
              Propose a change
            </Button>
          </Group>
          <Collapse expanded={proposing}>
            {proposing && <ProposalForm personaId={personaId} onDone={() => setProposing(false)} />}
          </Collapse>
        </Paper>
      )}
      {!published && (
        <Text size="sm" c="dimmed">
          Discussion opens once the persona is published.
        </Text>
      )}

      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <TableSkeleton rows={3} />
      ) : page.items.length === 0 ? (
        published && (
          <Text size="sm" c="dimmed">
            No comments or proposals yet.
          </Text>
        )
      ) : (
        <Stack gap="sm" data-testid="comment-list">
          {(() => {
            const { roots, replies } = threadComments(page.items);
            return roots.map((c) => (
              <CommentCard
                key={c.id}
                comment={c}
                replies={replies.get(c.id) ?? []}
                canReply={canDiscuss}
                canManage={canManage}
              />
            ));
          })()}
          {page.hasMore && (
            <Group>
              <Button variant="default" loading={loading} onClick={() => setLimit((l) => l + PAGE)}>
                Show older
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function CommentForm({
  personaId,
  parentId,
  onDone,
}: {
  personaId: string;
  parentId?: string;
  onDone?: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [post, { loading }] = useMutation(CommentOnPersonaDocument, {
    refetchQueries: ['PersonaComments'],
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { body: '' },
    validate: { body: (v) => (v.trim() ? null : 'Write a comment.') },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async ({ body }) => {
        setFormError(null);
        try {
          await post({ variables: { personaId, body: body.trim(), parentId } });
          form.reset();
          onDone?.();
        } catch (error) {
          const mapped = mapFormErrors(error, ['body']);
          form.setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        }
      })}
    >
      <Stack gap="xs">
        <ErrorAlert message={formError} title="Could not post" />
        <Textarea
          label={parentId ? 'Reply' : 'Comment'}
          placeholder={
            parentId ? 'Write a reply' : 'Share what works, what is missing, what you hear'
          }
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('body')}
        />
        <Group justify="flex-end" gap="xs">
          {onDone && (
            <Button variant="default" size="xs" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button type="submit" size={parentId ? 'xs' : 'sm'} loading={loading}>
            {parentId ? 'Post reply' : 'Post comment'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ProposalForm({ personaId, onDone }: { personaId: string; onDone: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [propose, { loading }] = useMutation(ProposePersonaChangeDocument, {
    refetchQueries: ['PersonaComments', 'PersonaDetail'],
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { field: '', suggestion: '', evidence: '' },
    validate: {
      field: (v) => (v ? null : 'Choose which part of the persona to change.'),
      suggestion: (v) => (v.trim() ? null : 'Write the text you suggest.'),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setFormError(null);
        try {
          await propose({
            variables: {
              personaId,
              field: values.field,
              suggestion: values.suggestion.trim(),
              evidence: values.evidence.trim(),
            },
          });
          notifications.show({
            color: 'teal',
            message: 'Your proposal was sent to the persona team.',
          });
          form.reset();
          onDone();
        } catch (error) {
          const mapped = mapFormErrors(error, ['field', 'suggestion', 'evidence']);
          form.setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        }
      })}
    >
      <Stack gap="sm" mt="md" data-testid="proposal-form">
        <Title order={4} size="h5">
          Propose a change
        </Title>
        <ErrorAlert message={formError} title="Could not send the proposal" />
        <Select
          label="Field"
          placeholder="Which part should change?"
          data={FIELD_OPTIONS}
          required
          {...form.getInputProps('field')}
        />
        <Textarea
          label="Suggestion"
          description={suggestionHelp(form.values.field || null)}
          required
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps('suggestion')}
        />
        <Textarea
          label="What did you see in the field?"
          description="Calls, deals, customer quotes: the evidence for your suggestion."
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('evidence')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Send proposal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CommentCard({
  comment,
  replies,
  canReply,
  canManage,
}: {
  comment: Comment;
  replies: Comment[];
  canReply: boolean;
  canManage: boolean;
}) {
  const [replying, setReplying] = useState(false);
  return (
    <Paper withBorder p="md" radius="md" data-testid="comment">
      <CommentBody comment={comment} canManage={canManage} />
      {replies.length > 0 && (
        <Stack
          gap="xs"
          mt="sm"
          pl="md"
          style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}
        >
          {replies.map((r) => (
            <div key={r.id} data-testid="reply">
              <CommentBody comment={r} canManage={canManage} />
            </div>
          ))}
        </Stack>
      )}
      {canReply &&
        (replying ? (
          <Stack mt="sm" pl="md">
            <CommentForm
              personaId={comment.personaId}
              parentId={comment.id}
              onDone={() => setReplying(false)}
            />
          </Stack>
        ) : (
          <Group mt="xs">
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconCornerDownRight size={14} />}
              onClick={() => setReplying(true)}
            >
              Reply
            </Button>
          </Group>
        ))}
    </Paper>
  );
}

function CommentBody({ comment, canManage }: { comment: Comment; canManage: boolean }) {
  const proposal = comment.kind === PersonaCommentKind.PROPOSAL;
  const [acceptOpen, setAcceptOpen] = useState(false);
  const [declineOpen, setDeclineOpen] = useState(false);
  const afterDecision = ['PersonaComments', 'PersonaDetail', 'PersonaVersions', 'PersonaDiff'];
  const [accept] = useMutation(AcceptPersonaProposalDocument, { refetchQueries: afterDecision });
  const [decline] = useMutation(DeclinePersonaProposalDocument, { refetchQueries: afterDecision });
  const field = comment.field ? fieldLabel(comment.field) : '';

  return (
    <Stack gap={6}>
      <Group gap="xs" justify="space-between" align="flex-start">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {comment.authorLabel}
            {comment.mine ? ' (you)' : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(comment.createdAt)}
          </Text>
        </Group>
        {proposal && (
          <Group gap={6}>
            <Badge variant="outline" color="indigo" tt="none">
              Proposal · {field}
            </Badge>
            {comment.status && <ProposalStatusBadge status={comment.status} />}
          </Group>
        )}
      </Group>
      {comment.body && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {comment.body}
        </Text>
      )}
      {proposal && (
        <>
          <Blockquote
            p="xs"
            color="indigo"
            style={{
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              fontSize: 'var(--mantine-font-size-sm)',
            }}
          >
            {comment.suggestion}
          </Blockquote>
          {comment.evidence && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <Text span size="sm" c="dimmed">
                Seen in the field:{' '}
              </Text>
              {comment.evidence}
            </Text>
          )}
          {comment.status === ProposalStatus.ACCEPTED && (
            <Text size="sm" c="teal.8">
              Accepted{comment.acceptedVersion ? ` in version ${comment.acceptedVersion}` : ''}
              {comment.decidedAt ? ` on ${formatDateTime(comment.decidedAt)}` : ''}
              {comment.decisionReason ? ` — ${comment.decisionReason}` : '.'}
            </Text>
          )}
          {comment.status === ProposalStatus.DECLINED && (
            <Text size="sm" c="red.8">
              Declined{comment.decidedAt ? ` on ${formatDateTime(comment.decidedAt)}` : ''}:{' '}
              {comment.decisionReason}
            </Text>
          )}
          {canManage && comment.status === ProposalStatus.OPEN && (
            <Group gap="xs">
              <Button
                size="xs"
                color="teal"
                leftSection={<IconCheck size={14} />}
                onClick={() => setAcceptOpen(true)}
              >
                Accept
              </Button>
              <Button
                size="xs"
                variant="default"
                color="red"
                leftSection={<IconX size={14} />}
                onClick={() => setDeclineOpen(true)}
              >
                Decline
              </Button>
            </Group>
          )}
        </>
      )}
      {canManage && proposal && (
        <>
          <TextPromptModal
            opened={acceptOpen}
            onClose={() => setAcceptOpen(false)}
            title="Accept the proposal"
            intro={`The suggestion is applied to ${field} and published as a new version; the proposer is told.`}
            label="Note"
            description="Optional; becomes the change note and is shown to the proposer."
            apiField="note"
            submitLabel="Accept and publish"
            color="teal"
            errorTitle="Could not accept the proposal"
            onSubmit={async (note) => {
              const { data } = await accept({ variables: { commentId: comment.id, note } });
              notifications.show({
                color: 'teal',
                message: `Accepted; version ${data?.acceptPersonaProposal.acceptedVersion ?? ''} is published.`,
              });
            }}
          />
          <TextPromptModal
            opened={declineOpen}
            onClose={() => setDeclineOpen(false)}
            title="Decline the proposal"
            label="Reason"
            description="Required; the proposer sees it."
            required="Tell the proposer why; they will see it."
            apiField="reason"
            submitLabel="Decline"
            color="red"
            errorTitle="Could not decline the proposal"
            onSubmit={async (reason) => {
              await decline({ variables: { commentId: comment.id, reason } });
              notifications.show({ color: 'teal', message: 'Declined; the proposer is told why.' });
            }}
          />
        </>
      )}
    </Stack>
  );
}
