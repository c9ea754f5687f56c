"""The Bolt app: ack within Slack's 3 seconds, call one service, redraw the card in place.

process_before_response stays off, so Bolt answers Slack as soon as ack() is called and the
listener goes on in Bolt's executor: sending a reply or re-drafting never holds the response.
Roles are checked by the services for every action; a refusal is answered ephemerally and
audited. Broad exceptions are caught here (and only here in triage/slack): one log line.
The template editor's listeners (editor.py) are registered here, with the same guard.

Layout: `handlers` (the listeners), `payloads` (reading what Slack sends, answering the person),
`serving` (building the app, HTTP or Socket Mode, and the manifest).
"""
