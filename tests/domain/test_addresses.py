import pytest

from triage.domain.addresses import without_addresses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@ana_b look https://t.co/Ab12Cd34Ef", "@someone look http://t.co"),
        (".@QuickCartHelp where is my order", ".@someone where is my order"),
        ("RT @dani_r: same", "RT @someone: same"),
        ("buy at www.Cheap-Meds.example/cart?id=7 today", "buy at http://cheap-meds.example today"),
        ("read https://blog.example/@writer/post first", "read http://blog.example first"),
        ("SEE WWW.PRIZE-NOW.EXAMPLE/WIN", "SEE http://prize-now.example"),
        ("HTTPS://T.CO/AB12CD34EF lol", "http://t.co lol"),
    ],
)
def test_handles_and_link_paths_give_way_to_stand_ins(text: str, expected: str) -> None:
    assert without_addresses(text) == expected


def test_an_email_address_is_not_a_handle() -> None:
    assert without_addresses("write to front.desk@clinic.example") == (
        "write to front.desk@clinic.example"
    )
