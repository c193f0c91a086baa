import { graphql } from '@tandem/portal-data-access';

export const PersonaContentFieldsFragment = graphql(`
  fragment PersonaContentFields on PersonaContent {
    name
    summary
    jobTitles
    industries
    companySizeMin
    companySizeMax
    regions
    goals
    painPoints
    objections {
      objection
      answer
    }
    buyingTriggers
    preferredChannels
    interests
    qualificationQuestions
    keyMessages
    imageUrl
  }
`);

export const PersonaLibraryDocument = graphql(`
  query PersonaLibrary($filter: PersonaFilterInput, $page: PageInput, $manage: Boolean!) {
    personas(filter: $filter, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        id
        name
        status
        publishedVersion
        publishedAt
        openProposalCount
        hasUnpublishedChanges @include(if: $manage)
        published {
          summary
          jobTitles
        }
        draft @include(if: $manage) {
          summary
          jobTitles
        }
      }
    }
  }
`);

export const PersonaDetailDocument = graphql(`
  query PersonaDetail($id: ID!, $manage: Boolean!) {
    persona(id: $id) {
      id
      name
      status
      version
      publishedVersion
      publishedAt
      following
      openProposalCount
      createdAt
      updatedAt
      hasUnpublishedChanges @include(if: $manage)
      published {
        ...PersonaContentFields
      }
      draft @include(if: $manage) {
        ...PersonaContentFields
      }
    }
  }
`);

export const PersonaVersionsDocument = graphql(`
  query PersonaVersions($personaId: ID!, $page: PageInput) {
    personaVersions(personaId: $personaId, page: $page) {
      totalCount
      offset
      limit
      hasMore
      items {
        id
        number
        changeNote
        publishedAt
        publishedByLabel
      }
    }
  }
`);

export const PersonaDiffDocument = graphql(`
  query PersonaDiff($personaId: ID!, $from: Int!, $to: Int) {
    personaDiff(personaId: $personaId, from: $from, to: $to) {
      field
      label
      before
      after
      added
      removed
    }
  }
`);

export const PersonaCommentsDocument = graphql(`
  query PersonaComments($personaId: ID!, $page: PageInput, $openProposalsOnly: Boolean!) {
    personaComments(personaId: $personaId, page: $page, openProposalsOnly: $openProposalsOnly) {
      totalCount
      offset
      limit
      hasMore
      items {
        ...PersonaCommentFields
      }
    }
  }
`);

export const PersonaCommentFieldsFragment = graphql(`
  fragment PersonaCommentFields on PersonaComment {
    id
    personaId
    kind
    body
    field
    suggestion
    evidence
    status
    decisionReason
    decidedAt
    acceptedVersion
    parentId
    authorLabel
    createdAt
    mine
  }
`);

export const CreatePersonaDocument = graphql(`
  mutation CreatePersona($content: PersonaContentInput!) {
    createPersona(content: $content) {
      id
      name
      status
      version
    }
  }
`);

export const UpdatePersonaDraftDocument = graphql(`
  mutation UpdatePersonaDraft($id: ID!, $version: Int!, $content: PersonaContentInput!) {
    updatePersonaDraft(id: $id, version: $version, content: $content) {
      id
      name
      status
      version
      updatedAt
      hasUnpublishedChanges
      draft {
        ...PersonaContentFields
      }
    }
  }
`);

export const PublishPersonaDocument = graphql(`
  mutation PublishPersona($id: ID!, $changeNote: String!) {
    publishPersona(id: $id, changeNote: $changeNote) {
      id
      name
      status
      version
      publishedVersion
      publishedAt
      hasUnpublishedChanges
    }
  }
`);

export const RetirePersonaDocument = graphql(`
  mutation RetirePersona($id: ID!, $reason: String!) {
    retirePersona(id: $id, reason: $reason) {
      id
      status
      version
    }
  }
`);

export const FollowPersonaDocument = graphql(`
  mutation FollowPersona($personaId: ID!, $follow: Boolean!) {
    followPersona(personaId: $personaId, follow: $follow)
  }
`);

export const CommentOnPersonaDocument = graphql(`
  mutation CommentOnPersona($personaId: ID!, $body: String!, $parentId: ID) {
    commentOnPersona(personaId: $personaId, body: $body, parentId: $parentId) {
      ...PersonaCommentFields
    }
  }
`);

export const ProposePersonaChangeDocument = graphql(`
  mutation ProposePersonaChange(
    $personaId: ID!
    $field: String!
    $suggestion: String!
    $evidence: String!
  ) {
    proposePersonaChange(
      personaId: $personaId
      field: $field
      suggestion: $suggestion
      evidence: $evidence
    ) {
      ...PersonaCommentFields
    }
  }
`);

export const AcceptPersonaProposalDocument = graphql(`
  mutation AcceptPersonaProposal($commentId: ID!, $note: String!) {
    acceptPersonaProposal(commentId: $commentId, note: $note) {
      ...PersonaCommentFields
    }
  }
`);

export const DeclinePersonaProposalDocument = graphql(`
  mutation DeclinePersonaProposal($commentId: ID!, $reason: String!) {
    declinePersonaProposal(commentId: $commentId, reason: $reason) {
      ...PersonaCommentFields
    }
  }
`);
