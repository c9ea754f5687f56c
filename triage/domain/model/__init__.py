"""Messages, classifications, proposals and the proposal state machine: one module per concept."""

from triage.domain.model.audit import AuditEntry
from triage.domain.model.classification import (
    Classification,
    DecisionSource,
    Label,
    Prediction,
    TrainingReport,
)
from triage.domain.model.message import (
    REPLY_LIMITS,
    Batch,
    Message,
    MessageKind,
    Platform,
    Rejected,
)
from triage.domain.model.mute import Mute, parse_duration, until_text
from triage.domain.model.proposal import (
    ALLOWED_TRANSITIONS,
    Action,
    Draft,
    Proposal,
    ProposalState,
)
from triage.domain.model.queue import (
    ROUTINE,
    URGENT,
    Digest,
    Post,
    PostKind,
    PostState,
    QueueItem,
    QueueStatus,
    ReviewRouting,
    queue_order,
)
from triage.domain.model.template_version import Rendering, TemplatePreview, TemplateVersion

__all__ = [
    "ALLOWED_TRANSITIONS",
    "REPLY_LIMITS",
    "ROUTINE",
    "URGENT",
    "Action",
    "AuditEntry",
    "Batch",
    "Classification",
    "DecisionSource",
    "Digest",
    "Draft",
    "Label",
    "Message",
    "MessageKind",
    "Mute",
    "Platform",
    "Post",
    "PostKind",
    "PostState",
    "Prediction",
    "Proposal",
    "ProposalState",
    "QueueItem",
    "QueueStatus",
    "Rejected",
    "Rendering",
    "ReviewRouting",
    "TemplatePreview",
    "TemplateVersion",
    "TrainingReport",
    "parse_duration",
    "queue_order",
    "until_text",
]
