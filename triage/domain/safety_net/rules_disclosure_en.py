"""First-person disclosures of suicidal thinking in English, along the Columbia scale.

Wish to be dead, active thoughts, method, intent, plan, preparation and recent behaviour,
including those asked as questions ("is it normal that I...", "how many pills would it take to...").
Ambiguous phrases ("do it", "bought a rope") count only beside a crisis cue.
"""

from __future__ import annotations

from triage.domain.safety_net.rule import make_rule
from triage.domain.safety_net.vocabulary import (
    ASSAULT,
    CRISIS_CUE,
    CRISIS_OR_MEANS,
    DIE,
    END_IT,
    ENDING_INTENT,
    FATAL_QUESTION,
    FIGURATIVE_NOOSE,
    FIREARM,
    HEIGHT,
    INTENT,
    JUST_NOW,
    MEDIA,
    MYSELF,
    NOT_SELF_ENDING,
    NOT_SUICIDAL_JUMP,
    PAINLESS_WAY,
    PILL_WORDS,
    PILLS,
    PLACE,
    PLACE_WORDS,
    ROUTINE_MEDS,
    SELF_ENDING,
    SOMEONE_ELSE_ENDING,
    STASH_CUE,
    WAY,
)

# First-person disclosures along the Columbia scale (wish to be dead, active thoughts, method,
# intent, plan, preparation, recent behaviour), including those asked as questions.
DISCLOSURE_RULES = (
    make_rule(
        "suicidal_intent",
        "suicide death",
        r"(?:planned|planning|plan|plans|plotted|plotting|scheduled|mapped out|worked out|"
        r"figured out|prepared|preparing|rehearsed|rehearsing|picked a date for|set a date for|"
        r"chose a date for) (?:out )?(?:all of |every detail of |the details of )?my (?:own )?"
        r"(?:suicide|death)\b(?! (?:certificate|benefits?|insurance|doula|wishes|by)\b)",
        veto=MEDIA,
    ),
    make_rule(
        "suicidal_intent",
        f"{MYSELF} life die suicide overdose",
        r"(?:planned|planning|plan|figured out|worked out|decided|researched|researching|"
        r"googled|googling|looked up|looking up|searched|searching|chosen|chose|picked) "
        r"(?:out |already |exactly |up )?(?:how|when|where) (?:i will|ill|im going to|im gonna|"
        r"i am going to|i would|id|i could|i can|i want to|to) (?:kill my ?self|end my (?:own )?"
        r"life|die|unalive my ?self|take my (?:own )?life|commit suicide|hang my ?self|"
        r"overdose)\b(?! (?:of|from)\b)",
    ),
    make_rule(
        "suicidal_intent",
        "plan plans",
        r"(?:have|got|made|make|making|came up with|come up with|working on|theres|its) "
        r"(?:a|the|my) (?:\w+ )?plans? (?:to|for|on how to|of how to|for how to|for when to|"
        rf"to finally) (?:{SELF_ENDING}|{DIE}|{END_IT}|my suicide|my death|overdose|"
        r"jump(?! (?:in|into|on|onto|rope|start|ahead)\b)|not be here)\b",
        veto=NOT_SELF_ENDING,
    ),
    make_rule(
        "suicidal_intent",
        "suicide suicidal",
        r"(?:have|got|made|making|with|my|a) (?:\w+ )?(?:suicide|suicidal) plan\b",
    ),
    make_rule(
        "suicidal_intent",
        "planned planning plan",
        r"(?:planned|planning|plan) (?:out |already |exactly )?(?:how|when|where) (?:i will|ill|"
        r"im going to|im gonna|i would|id) (?:do it|go through with it)\b",
        veto=NOT_SELF_ENDING,
    ),
    make_rule(
        "suicidal_intent",
        "planned planning figured worked decided chose picked",
        r"(?:planned|planning|figured out|worked out|decided|chose|picked) (?:out |already |"
        r"exactly )?(?:how|when|where) (?:i will|ill|im going to|im gonna|i would|id|to) "
        r"(?:do it|go through with it|end it)\b(?! with\b)",
        needs=CRISIS_OR_MEANS,
        veto=NOT_SELF_ENDING,
    ),
    make_rule(
        "suicidal_intent",
        "planned",
        r"(?:have|got) (?:it|everything) (?:all )?planned\b",
        needs=CRISIS_OR_MEANS,
        veto=NOT_SELF_ENDING,
    ),
    make_rule(
        "suicidal_intent",
        "gonna going ready decided",
        r"(?:going to|gonna|about to|ready to|decided to) (?:finally |actually |really )?"
        r"(?:do it|go through with it)\b(?! (?:again|later|tomorrow morning|right)\b)",
        needs=CRISIS_OR_MEANS,
        veto=NOT_SELF_ENDING,
    ),
    make_rule(
        "suicidal_intent",
        "way ways method methods",
        rf"{WAY} (?:to|of|for) (?:(?:me|someone like me) to )?(?:{SELF_ENDING}|{DIE}|"
        r"end it(?: all)?(?! with\b)|end things(?! with\b)|overdose|od|not wake up|"
        r"never wake up)\b",
        hyperbole=True,
        veto=NOT_SELF_ENDING,
    ),
    make_rule(
        "suicidal_intent",
        "way ways method methods",
        rf"{PAINLESS_WAY} (?:to|of) go\b(?= ?(?:[.?,]|$)| (?:out|peacefully|painlessly|quietly|"
        r"quickly|forever|without (?:pain|suffering|feeling)|in my sleep)\b)",
        hyperbole=True,
        veto=NOT_SELF_ENDING,
    ),
    make_rule(
        "suicidal_intent",
        "way ways method methods",
        rf"{WAY} (?:to|of) go\b(?= ?(?:[.?,]|$)| (?:out|peacefully|painlessly|quietly|quickly|"
        r"forever)\b)",
        hyperbole=True,
        veto=NOT_SELF_ENDING,
        needs=CRISIS_OR_MEANS,
    ),
    make_rule(
        "suicidal_intent",
        "many much",
        r"how (?:many|much) (?:\w+ ){0,4}?(?:"
        rf"{PILLS}|units|mg|milligrams|grams|bottles|doses|of (?:these|those|them|my \w+))\b"
        r"(?: \w+){0,6}? (?:to|would|will|could|for me to|before i|until i) (?:kill (?:me|my ?self|"
        r"someone my (?:size|weight)|a person my (?:size|weight))|die|end it|end my life|"
        r"not wake up|never wake up|be (?:fatal|lethal|deadly|enough to die)|be a lethal dose|"
        r"stop my heart|do it|do the job|od|overdose)\b(?! (?:of|from)\b)",
    ),
    make_rule(
        "suicidal_intent",
        PILL_WORDS,
        r"(?:[1-9]\d+|a (?:whole )?bottle of|the whole bottle of|all (?:of )?my|a handful of) "
        rf"(?:of my |of )?(?:\w+ ){{0,2}}?{PILLS} (?:will|would|be enough to|is enough to) "
        r"(?:kill me|do it|do the job|stop my heart|be (?:fatal|lethal|enough to die))\b",
    ),
    make_rule(
        "suicidal_intent",
        "painless peaceful",
        r"(?:overdos\w*|an od|oding|jumping (?:off|from)|hanging (?:my|your) ?self|bleeding out|"
        r"carbon monoxide|exit bag|(?:\d+|all (?:of )?(?:my|the|these|those)|"
        r"a (?:whole )?bottle of|"
        rf"a handful of) (?:\w+ ){{0,2}}?{PILLS}) (?:\w+ ){{0,5}}?(?:painless|peaceful|"
        r"pain free)\b|(?:is|would|will) it (?:be )?(?:painless|peaceful) (?:to|if i) (?:od|"
        r"overdose|overdosed|jump|jumped|hang|hanged|took|take|swallow|swallowed|died)\b",
    ),
    make_rule(
        "suicidal_intent",
        "hurt",
        r"(?:does|would|will|did|is|can) (?:it |that )?hurt (?:to|if i|if you|when you|when i) "
        r"(?:od|overdose|overdosed|jump (?:off|from)|jumped (?:off|from)|hang (?:my|your) ?self|"
        r"hanged (?:my|your) ?self|bleed out|slit|shoot (?:my|your) ?self|take (?:all|a bottle|"
        r"the whole bottle))\b",
        veto=NOT_SUICIDAL_JUMP,
    ),
    make_rule(
        "suicidal_intent",
        "gun guns pistol revolver handgun rifle shotgun barrel muzzle glock",
        rf"{FIREARM} (?:\w+ ){{0,3}}?(?:in|into|to|against|on|under|at) my (?:mouth|head|temple|"
        r"temples|chin|throat|heart|chest)\b",
        veto=ASSAULT,
    ),
    make_rule(
        "suicidal_intent",
        "knife blade razor cutter boxcutter",
        r"(?:knife|blade|razor blade|box cutter|boxcutter) (?:\w+ ){0,3}?(?:in|into|to|against|"
        r"on|across|at) my (?:wrist|wrists|throat|neck|veins)\b|razor (?:\w+ ){0,3}?(?:in|into|"
        r"to|against|on|across|at) my (?:wrist|wrists|veins)\b",
        veto=ASSAULT,
    ),
    make_rule(
        "suicidal_intent",
        "rope noose belt ligature",
        r"(?:rope|noose|belt|ligature) (?:\w+ ){0,2}?(?:around|round|on|over) my (?:own )?neck\b|"
        r"(?:tied|tie|tying|made|making|make|bought|buy|buying|have|got|hung|hanging|set up|"
        r"setting up|ready|prepared|put up) (?:up )?(?:a|the|my) noose\b",
        veto=FIGURATIVE_NOOSE,
    ),
    make_rule(
        "suicidal_intent",
        "stockpiling stockpile stockpiled hoarding hoard hoarded stash stashing stashed saving "
        "saved save collecting collected squirreling squirreled squirrelled hiding hid hidden "
        "counting",
        r"(?:stockpil\w*|hoard\w*|stash\w*|saving up|saved up|been saving|save up|collecting|"
        r"collected|squirrel\w* away|hiding|hid|hidden|counting) (?:up )?(?:on )?(?:all (?:of )?)?"
        r"(?:my |the |his |her |some |enough |a bunch of |extra |these )?(?:\w+ )?"
        rf"{PILLS}\b",
        needs=STASH_CUE,
    ),
    make_rule(
        "suicidal_intent",
        "gun pistol handgun revolver rifle shotgun rope noose",
        r"(?:bought|buying|got|purchased|picked up|have|loaded|loading|load|holding|held|"
        r"keep holding|looking at|staring at|sitting with|took out|got out|pulled out|tested|"
        r"tied|hung) (?:a|the|my|his|her|my dads|dads|a loaded|the loaded) (?:loaded )?"
        r"(?:gun|pistol|handgun|revolver|rifle|shotgun|rope|noose)\b",
        needs=STASH_CUE,
    ),
    make_rule(
        "suicidal_intent",
        PLACE_WORDS,
        rf"(?:place|places|spot|spots|location|{PLACE[3:-1]}) (?:\w+ ){{0,3}}?(?:to|where i "
        r"(?:can|could)|for me to|from which to) (?:jump|throw my ?self (?:off|from)|"
        r"kill my ?self|end my (?:own )?life|hang my ?self|unalive my ?self|ctb)\b"
        r"(?! (?:in|into|on|onto|rope|start|ahead|up|over|around(?! here))\b)",
        veto=NOT_SUICIDAL_JUMP,
    ),
    make_rule(
        "suicidal_intent",
        PLACE_WORDS + " woods",
        rf"(?:place|places|spot|spots|location|woods|{PLACE[3:-1]}) (?:\w+ ){{0,3}}?(?:to|"
        r"where i (?:can|could)|for me to) (?:do it|end it(?: all)?|"
        r"go through with it)\b(?! with\b)",
        needs=CRISIS_OR_MEANS,
    ),
    make_rule(
        "suicidal_intent",
        "high tall far",
        rf"how (?:high|tall|far) (?:\w+ ){{0,7}}?(?:to|for) (?:{DIE}|kill (?:me|my ?self)|"
        r"not survive|make sure i die)\b",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "jump jumped",
        r"(?:if i|should i|can i|could i|would i|when i) (?:jump|jumped) (?:off|"
        r"from) (?:\w+ ){0,4}?"
        rf"(?:{PLACE}|{HEIGHT})\b",
        veto=NOT_SUICIDAL_JUMP,
        needs=FATAL_QUESTION,
    ),
    make_rule(
        "suicidal_intent",
        "fantasize fantasise fantasizing fantasising fantasy fantasies daydream daydreaming "
        "daydreams romanticize romanticise romanticizing",
        r"(?:fantasi[sz]\w*|fantasy|fantasies|daydream\w*|romantici[sz]\w*) (?:about |of |over )?"
        rf"(?:{DIE}|being dead|my (?:own )?death|my (?:own )?funeral|not waking up|"
        r"never waking up|not existing|not being (?:here|alive|around)|disappearing forever|"
        rf"{SELF_ENDING}|{END_IT}|ending my life|overdosing|slitting my wrists|a bullet|"
        r"(?:jumping|throwing my ?self) (?:off|from|in front of|under)|stepping in front of|"
        r"walking into (?:traffic|the (?:ocean|sea|river|lake))|(?:crashing|wrecking) my car|"
        r"driving (?:my car )?(?:off|into)|swerving into|jerking the wheel)\b",
        hyperbole=True,
        veto=NOT_SUICIDAL_JUMP,
    ),
    make_rule(
        "suicidal_intent",
        "imagining picturing visualizing visualising imagine picture",
        r"(?:keep|kept|cant stop|always|constantly|i|been|im) (?:imagining|picturing|"
        r"visuali[sz]ing|imagine|picture) (?:my ?self )?(?:not waking up|never waking up|"
        rf"{SELF_ENDING}|(?:jumping|throwing my ?self) (?:off|from|in front of|under) "
        rf"(?:a |the |my |this |that )?(?:\w+ )?(?:{PLACE[3:-1]}|train|subway|truck|bus|traffic)|"
        r"stepping in front of (?:a |the )?(?:train|subway|truck|bus|car|traffic)|"
        r"walking into (?:traffic|the (?:ocean|sea|river|lake))|(?:crashing|wrecking) my car|"
        r"driving (?:my car )?(?:off (?:a |the )?(?:bridge|cliff|road)|into (?:a |the |oncoming )?"
        r"(?:traffic|wall|tree|pillar|barrier|truck|semi))|swerving into|jerking the wheel)\b",
        veto=NOT_SUICIDAL_JUMP,
    ),
    make_rule(
        "suicidal_intent",
        "ctb",
        rf"(?:{INTENT}|to|ready to|decided to|plan|plans|method|methods|date|when i|before i|"
        r"until i|time to|try to|tried to|attempt to) ctb\b|ctb (?:tonight|today|tomorrow|soon|"
        r"date|method|methods|plan|this|next|on|in|after|before)\b",
    ),
    make_rule(
        "suicidal_intent",
        "unalive unaliving unalived",
        rf"(?:unalive|unaliving|unalived) (?:my ?self|meself|me)\b|(?:{INTENT}|urge to|"
        r"tempted to|tried to) unalive\b",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "want wanna wish ready pray praying",
        r"(?:want|wanna|wish|ready for|pray for|praying for) (?:it all|everything|my life|"
        r"this life|all of it|life) to (?:just )?(?:end|be over|stop)\b(?! (?:well|happily|nicely|"
        r"on|with|soon(?:er)? than|already|by|at|before|in (?:a|an|the|\d)|for (?:a|the) "
        r"(?:minute|second|moment|bit|while|day|night|weekend)|hurting|aching)\b)",
        hyperbole=True,
    ),
    make_rule("suicidal_intent", "dead", r"worth more (?:to \w+ )?dead\b", veto=MEDIA),
    make_rule(
        "suicidal_intent",
        "end",
        rf"{ENDING_INTENT} (?:finally |just |really |actually )?end it\b(?! (?:with|between|"
        r"for good with|on|early|here|there|now with|after|at|all)\b)",
        hyperbole=True,
        veto=SOMEONE_ELSE_ENDING,
    ),
    make_rule(
        "suicidal_intent",
        "attempted attempt tried trying",
        r"(?:attempted|attempt|tried|trying) (?:suicide|to (?:commit suicide|end my (?:own )?life|"
        r"take my (?:own )?life|unalive my ?self|kill my ?self|overdose|od|hang my ?self|"
        r"end it(?! with)))\b",
        needs=JUST_NOW,
    ),
    make_rule(
        "suicidal_intent",
        "attempt",
        r"(?:my|a|another|i had a|i made a) (?:\w+ )?suicide attempt\b",
        needs=JUST_NOW,
    ),
    make_rule(
        "suicidal_intent",
        "born existed",
        r"wish (?:i (?:had|was|were|d) |id )?(?:never (?:been born|existed|was born)|"
        r"not been born)\b(?! (?:in|into|on|with|a|an|as|to|here|there|then|back)\b)",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "wake die disappear dead",
        r"(?:would|itd|it would|could) be (?:so |really |such a )?(?:peaceful|nice|easy|easier|"
        r"a relief|better|restful) (?:to|if i) (?:just )?(?:not wake up|never wake up|"
        r"didnt wake up|"
        r"never woke up|die|died|disappear|disappeared|were dead|was dead|wasnt here)\b"
        r"(?! (?:at|early|so early|before|to|with|in|on|late|for|my|her|his|the|of)\b)",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "die died wake woke",
        r"(?:dont|do not|wouldnt|would not|honestly dont|wont) (?:even )?(?:care|mind) if i "
        r"(?:die|died|dont wake up|didnt wake up|never woke up|never wake up|just died)\b"
        r"(?! (?:trying|doing|on (?:this|that) hill|of (?:old age|laughter)|my hair)\b)",
        hyperbole=True,
        negatable=False,
    ),
    make_rule(
        "suicidal_intent",
        "alive here around",
        r"(?:decided|promised my ?self|made up my mind) (?:that )?i (?:wont|will not|"
        r"am not going to|"
        r"im not going to) be (?:alive|(?:here|around) (?:anymore|much longer|for much longer))\b|"
        r"(?:i|ill) (?:wont|will not) be alive "
        r"(?:for|by|next|much longer|anymore|tomorrow|in a week)\b",
        hyperbole=True,
    ),
    make_rule(
        "suicidal_intent",
        "counted lined laid hand hands nightstand",
        rf"{PILLS} (?:are |is )?(?:all )?(?:counted out|lined up|laid out|in my hand|in my hands|"
        r"on my nightstand)\b",
        needs=STASH_CUE,
    ),
    make_rule(
        "suicidal_intent",
        "once same together",
        r"(?:take|taking|swallow|swallowing|down|downing) (?:my|the|these|those|all my|all the) "
        rf"(?:\w+ ){{0,2}}?{PILLS} (?:all )?(?:at once|at the same time|together)\b",
        veto=ROUTINE_MEDS,
    ),
    make_rule(
        "suicidal_intent",
        "spot place location bridge building",
        r"(?:picked|chose|chosen|found|scouted|looked for) (?:out )?(?:the|a|my) (?:\w+ )?"
        r"(?:spot|place|location|bridge|building)\b",
        needs=CRISIS_CUE,
    ),
    make_rule(
        "suicidal_intent",
        "picked chose chosen set decided",
        r"(?:picked|chose|chosen|set|decided on) (?:the|a) (?:day|date|night)\b",
        needs=CRISIS_CUE,
    ),
    make_rule(
        "suicidal_intent",
        "methods",
        r"(?:googl\w*|look\w* up|research\w*|reading about|read about|read up on|searching) "
        r"(?:suicide|painless|lethal|quick|easy) methods\b",
    ),
    make_rule(
        "suicidal_intent",
        "methods",
        r"(?:googl\w*|look\w* up|research\w*|reading about|read about|read up on|searching) "
        r"methods\b(?! (?:to|for|of|on|in)\b)",
        needs=CRISIS_CUE,
    ),
)
