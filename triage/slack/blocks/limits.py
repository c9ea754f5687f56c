"""How much text a card, modal or input shows: our previews, under Slack's limits."""

MESSAGE_PREVIEW = 500
OUTCOME_PREVIEW = 200
REPLY_PREVIEW = 1_000
SNIPPET = 120
SECTION_TEXT = 2_900  # Slack's limit is 3,000 per section text
MODAL_SECTIONS = 90  # of the 100 blocks a modal may hold
INPUT_LIMIT = 3_000  # plain_text_input max_length
ERROR_TEXT = 1_000
