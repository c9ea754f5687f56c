"""Who may do what: front desk works the queue, physicians also mute, admins also manage."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from triage.domain.errors import NotAllowed


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    PHYSICIAN = "physician"
    ADMIN = "admin"


class Permission(StrEnum):
    APPROVE = "approve"
    EDIT = "edit"
    IGNORE = "ignore"
    RELABEL = "relabel"
    MUTE = "mute"
    HIDE = "hide"
    # Send a reply the policy blocked, taking responsibility for it (with a reason).
    OVERRIDE = "override"
    MANAGE_TEMPLATES = "manage-templates"
    TRAIN = "train"


_FRONT_DESK = frozenset(
    {Permission.APPROVE, Permission.EDIT, Permission.IGNORE, Permission.RELABEL}
)
_PHYSICIAN = _FRONT_DESK | {Permission.MUTE, Permission.HIDE, Permission.OVERRIDE}
GRANTS: Mapping[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: _FRONT_DESK,
    Role.PHYSICIAN: _PHYSICIAN,
    Role.ADMIN: _PHYSICIAN | {Permission.MANAGE_TEMPLATES, Permission.TRAIN},
}


class RoleBook:
    """The practice's role assignments, by user id."""

    def __init__(self, members: Mapping[Role, Iterable[str]]) -> None:
        self._roles: dict[str, set[Role]] = {}
        for role, users in members.items():
            for user in users:
                self._roles.setdefault(user, set()).add(role)

    def roles_of(self, user: str) -> set[Role]:
        return set(self._roles.get(user, set()))

    def may(self, user: str, permission: Permission) -> bool:
        return any(permission in GRANTS[role] for role in self.roles_of(user))

    def require(self, user: str, permission: Permission) -> None:
        if not self.may(user, permission):
            held = ", ".join(sorted(self.roles_of(user))) or "no role"
            raise NotAllowed(f"{user} ({held}) may not {permission}")


def roles_granting(permission: Permission) -> list[Role]:
    """The roles that grant a permission, for a refusal that says whom to ask."""
    return [role for role in Role if permission in GRANTS[role]]
