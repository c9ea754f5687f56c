"""The listeners: each acks, calls one service, then answers the person or redraws the card."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from typing import Any, ParamSpec

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from triage.domain.errors import NotAllowed, TriageError
from triage.services import Deps, desk, mutes, notify, replies, review, sending
from triage.slack import blocks
from triage.slack.editor import TemplateEditor, actor_of
from triage.slack.listeners.payloads import (
    Tell,
    button_value,
    edited_text,
    ephemeral,
    in_channel,
    link_target,
    mute_choice,
    mute_length,
    mute_note,
    mute_request,
    override_reason,
    relabel_choice,
)

log = logging.getLogger(__name__)
COMMAND = "/triage"
MUTE_USAGE = "<link> <24h|7d|until-unmuted>"
HOME_OPENED = "app_home_opened"
P = ParamSpec("P")
UseCase = Callable[[Deps, int, str], object]
# action_id -> (the action's name in answers and the audit, use case, note on the card)
DECISIONS: dict[str, tuple[str, UseCase, str]] = {
    blocks.APPROVE: ("approve", review.approve, ""),
    blocks.IGNORE: ("ignore", review.ignore, ""),
    blocks.CONFIRM_SENT: ("confirm", sending.confirm_sent, "confirmed as sent"),
    blocks.CONFIRM_NOT_SENT: ("confirm", sending.confirm_not_sent, "confirmed as not sent"),
}
BULK_DECISIONS: dict[str, tuple[str, UseCase]] = {
    blocks.DIGEST_IGNORE: ("ignore", desk.ignore_digest),
    blocks.DIGEST_MUTE: ("mute", desk.mute_digest_trolls),
}


def _guarded(listener: Callable[P, None]) -> Callable[P, None]:
    """A surprise in one listener is one log line, never a dead app."""

    @functools.wraps(listener)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            listener(*args, **kwargs)
        except Exception as error:
            # The type only: exception texts can quote SQL parameters, i.e. patient text.
            log.error("slack %s failed: %s", listener.__name__, type(error).__name__)

    return run


class Listeners:
    def __init__(self, deps: Deps, masked: bool) -> None:
        self._deps = deps
        self._masked = masked
        self._editor = TemplateEditor(deps, self._attempt)

    def register(self, app: App) -> None:
        for action_id in DECISIONS:
            app.action(action_id)(self.decide)
        for action_id in BULK_DECISIONS:
            app.action(action_id)(self.decide_digest)
        app.action(blocks.EDIT)(self.edit)
        app.action(blocks.RELABEL)(self.relabel)
        app.action(blocks.MUTE)(self.mute)
        app.action(blocks.FULL_TEXT)(self.full_text)
        app.view(blocks.EDIT_VIEW)(self.submit_edit)
        app.command(COMMAND)(self.command)
        app.event(HOME_OPENED)(self.home)
        self._editor.register(app, _guarded)

    # --- card buttons --------------------------------------------------------------------

    @_guarded
    def decide(self, ack: Ack, body: dict[str, Any], respond: Respond) -> None:
        """Approve, Ignore and Mute thread: one use case each, by action_id."""
        ack()
        action, use_case, note = DECISIONS[body["actions"][0]["action_id"]]
        actor, pid = actor_of(body), button_value(body)
        work = functools.partial(use_case, self._deps, pid, actor)
        self._decide(actor, action, pid, ephemeral(respond), work, note)

    @_guarded
    def relabel(self, ack: Ack, body: dict[str, Any], respond: Respond) -> None:
        ack()
        actor, (pid, label) = actor_of(body), relabel_choice(body)
        work = functools.partial(review.relabel, self._deps, pid, label, actor)
        self._decide(actor, "relabel", pid, ephemeral(respond), work)

    @_guarded
    def mute(self, ack: Ack, body: dict[str, Any], respond: Respond) -> None:
        """The mute menu: thread or author, for how long, and whether to hide troll comments."""
        ack()
        actor, (pid, by_author, duration, hide) = actor_of(body), mute_choice(body)
        done: list[mutes.Muted] = []

        def work() -> None:
            done.append(desk.mute_proposal(self._deps, pid, actor, by_author, duration, hide))

        tell = ephemeral(respond)
        if self._attempt(actor, "mute", f"proposal:{pid}", tell, work):
            log.info("proposal %s: mute by %s", pid, actor)
            for problem in done[0].hidden.problems[:3]:
                tell(f"Not hidden: {blocks.mention_users(problem)}")
        scope = "author" if by_author else "thread"
        notify.refresh_cards(self._deps, pid, mute_note(done[0], scope) if done else "")

    @_guarded
    def edit(self, ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient) -> None:
        ack()
        actor, pid = actor_of(body), button_value(body)

        def open_modal() -> None:
            item = desk.open_edit(self._deps, pid, actor)
            modal = blocks.edit_modal(
                item,
                masked=self._masked,
                channel=body["channel"]["id"],
                may_override=desk.may_override(self._deps, actor),
            )
            client.views_open(trigger_id=body["trigger_id"], view=modal)

        self._attempt(actor, "edit", f"proposal:{pid}", ephemeral(respond), open_modal)

    @_guarded
    def full_text(
        self, ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient
    ) -> None:
        ack()
        actor, pid = actor_of(body), button_value(body)

        def open_modal() -> None:
            item = desk.read_item(self._deps, pid, actor)
            modal = blocks.full_text_modal(item, masked=self._masked)
            client.views_open(trigger_id=body["trigger_id"], view=modal)

        self._attempt(actor, "read", f"proposal:{pid}", ephemeral(respond), open_modal)

    def _decide(
        self,
        actor: str,
        action: str,
        pid: int,
        tell: Tell,
        work: Callable[[], object],
        note: str = "",
    ) -> None:
        """The decision, then the card redrawn as it is now (also when someone was first)."""
        if self._attempt(actor, action, f"proposal:{pid}", tell, work):
            log.info("proposal %s: %s by %s", pid, action, actor)
        notify.refresh_cards(self._deps, pid, note)

    # --- the edit modal --------------------------------------------------------------------

    @_guarded
    def submit_edit(
        self, ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient
    ) -> None:
        actor = actor_of(body)
        meta = json.loads(view["private_metadata"])
        pid, channel, text = int(meta["proposal"]), str(meta["channel"]), edited_text(view)
        reason = override_reason(view)
        problems = self._edit_problems(actor, pid, text, reason)
        if problems:
            # The modal stays open with the findings under the text, so staff can fix it.
            ack(
                response_action="errors", errors={blocks.EDIT_BLOCK: blocks.findings_text(problems)}
            )
            return
        ack()
        tell = in_channel(client, channel, actor)
        work = functools.partial(review.approve, self._deps, pid, actor, text, reason)
        self._decide(actor, "override" if reason else "edit", pid, tell, work)

    def _edit_problems(self, actor: str, pid: int, text: str, reason: str | None) -> list[str]:
        problems: list[str] = []

        def check() -> None:
            findings = desk.check_edit(self._deps, pid, actor, text, reason)
            problems.extend(f.message for f in findings)

        # A refusal or a missing proposal lands in problems too, and so in the modal.
        self._attempt(actor, "edit", f"proposal:{pid}", problems.append, check)
        return problems

    # --- digests -----------------------------------------------------------------------------

    @_guarded
    def decide_digest(self, ack: Ack, body: dict[str, Any], respond: Respond) -> None:
        """A digest's bulk actions; the digest is redrawn by the use case."""
        ack()
        action, use_case = BULK_DECISIONS[body["actions"][0]["action_id"]]
        actor, post_id = actor_of(body), button_value(body)
        work = functools.partial(use_case, self._deps, post_id, actor)
        self._attempt(actor, action, f"digest:{post_id}", ephemeral(respond), work)

    # --- /triage and App Home -----------------------------------------------------------------

    @_guarded
    def command(
        self, ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient
    ) -> None:
        verb, _, rest = str(command.get("text") or "").strip().partition(" ")
        if verb not in ("status", "mute", "unmute", "templates"):
            ack(text=blocks.HELP)
            return
        ack()
        actor, tell = str(command["user_id"]), ephemeral(respond)
        if verb == "status":
            self._attempt(actor, "status", "queue", tell, lambda: tell(self._status()))
            return
        if verb == "templates":
            self._editor.open_list(actor, str(command["trigger_id"]), client, tell)
            return
        link, length = mute_request(rest) if verb == "mute" else (link_target(rest), "")
        if not link or (verb == "mute" and not length):
            if verb == "mute":
                tell(f"Which message, and for how long? `{COMMAND} mute {MUTE_USAGE}`")
            else:
                tell(f"Which message? `{COMMAND} unmute <link>`")
            return
        self._attempt(
            actor,
            verb,
            f"link:{link[:100]}",
            tell,
            lambda: self._mute(verb, link, length, actor, tell),
        )

    def _status(self) -> str:
        return blocks.status_text(notify.queue_status(self._deps))

    def _mute(self, verb: str, link: str, length: str, actor: str, tell: Tell) -> None:
        if verb == "unmute":
            unmuted = desk.unmute_link(self._deps, link, actor)
            tell(f"{len(unmuted.lifted)} mute(s) lifted; {unmuted.shown.changed} comment(s) shown.")
            return
        muted = desk.mute_link(self._deps, link, actor, mute_length(length))
        tell(f"Thread muted {muted.ends}; {len(muted.ignored)} pending proposal(s) ignored.")
        for proposal in muted.ignored:
            notify.refresh_cards(self._deps, proposal.id or 0, mute_note(muted, "thread"))

    @_guarded
    def home(self, event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        user = str(event["user"])
        status = notify.queue_status(self._deps)
        recent = desk.recent_actions(self._deps, user)
        admin = replies.may_manage_templates(self._deps, user)
        client.views_publish(user_id=user, view=blocks.home_view(status, recent, templates=admin))

    # --- the one place errors become answers ---------------------------------------------------

    def _attempt(
        self, actor: str, action: str, target: str, tell: Tell, work: Callable[[], object]
    ) -> bool:
        """Run one service call; tell the person what stopped it. True if it went through."""
        try:
            work()
            return True
        except NotAllowed as error:
            tell(f":no_entry: {blocks.mention_users(str(error))}")
            desk.refuse(self._deps, actor, action, target, str(error))
        except TriageError as error:
            # Already decided (and by whom), blocked by policy, not found: the person can act on it.
            tell(blocks.mention_users(str(error)))
        return False
