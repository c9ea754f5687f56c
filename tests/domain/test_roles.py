import pytest

from triage.domain.errors import NotAllowed
from triage.domain.roles import Permission, Role, RoleBook, roles_granting

BOOK = RoleBook({Role.FRONT_DESK: ["alex"], Role.PHYSICIAN: ["lee"], Role.ADMIN: ["sam"]})


def test_front_desk_works_the_queue_but_cannot_mute() -> None:
    assert BOOK.may("alex", Permission.APPROVE)
    assert not BOOK.may("alex", Permission.MUTE)


def test_physicians_mute_and_admins_manage_templates() -> None:
    assert BOOK.may("lee", Permission.MUTE)
    assert not BOOK.may("lee", Permission.MANAGE_TEMPLATES)
    assert BOOK.may("sam", Permission.MANAGE_TEMPLATES)


def test_an_unknown_user_is_refused_with_a_reason() -> None:
    with pytest.raises(NotAllowed, match="stranger \\(no role\\) may not approve"):
        BOOK.require("stranger", Permission.APPROVE)


def test_physicians_and_admins_may_override_a_policy_block_and_front_desk_may_not() -> None:
    assert [BOOK.may(user, Permission.OVERRIDE) for user in ("alex", "lee", "sam")] == [
        False,
        True,
        True,
    ]


def test_a_refusal_can_name_the_roles_that_would_do() -> None:
    assert roles_granting(Permission.MANAGE_TEMPLATES) == [Role.ADMIN]
    assert roles_granting(Permission.MUTE) == [Role.PHYSICIAN, Role.ADMIN]
