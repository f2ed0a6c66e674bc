"""Demo content for Stillpoint, written for the project: modality pages, FAQs, essays, journey stages, articles."""

# ---------------------------------------------------------------------------
# Practice, author and images
# ---------------------------------------------------------------------------

PRACTICE = {
    "name": "Stillpoint Bodywork",
    "practitioner": "Maya Lindqvist",
    "tagline": "Gentle hands-on bodywork on the Upper West Side",
    "street_address": "212 West 72nd Street, Suite 4B",
    "locality": "New York",
    "region": "NY",
    "postal_code": "10023",
    "country": "US",
    "latitude": 40.7787,
    "longitude": -73.9822,
    "phone": "+1 212 555 0147",
    "email": "hello@stillpoint.example",
    "booking_url": "https://stillpoint.example/book",
    "price_range": "$$",
    "hours": [
        ("Monday", "10:00", "19:00"),
        ("Tuesday", "10:00", "19:00"),
        ("Wednesday", "10:00", "19:00"),
        ("Thursday", "10:00", "19:00"),
        ("Friday", "10:00", "19:00"),
        ("Saturday", "10:00", "14:00"),
    ],
    "social": {
        "instagram": "https://www.instagram.com/stillpoint.example",
        "facebook": "https://www.facebook.com/stillpoint.example",
    },
    "health_disclaimer": (
        "Bodywork can be a gentle companion to medical care, but it does not "
        "replace it. Please see your doctor for diagnosis and treatment of any "
        "health condition, and keep them informed about the care you receive."
    ),
}

AUTHOR = {
    "name": "Maya Lindqvist",
    "credentials": "LMT, CST-D",
    "bio": (
        "Maya Lindqvist is a New York State licensed massage therapist and a "
        "Diplomate in CranioSacral Therapy, the highest level of certification "
        "offered by the Upledger Institute. She has studied Visceral "
        "Manipulation with the Barral Institute and has worked with clients on "
        "the Upper West Side for more than twelve years. She believes good "
        "bodywork begins with listening."
    ),
    "image": "portrait",
}

IMAGES = {
    "hand": {
        "title": "Open hands",
        "alt": "Two open hands drawn in soft ochre lines, resting palm up against a warm cream background",
        "caption": "Listening with the hands.",
        "credit": "Drawn for Stillpoint",
        "tags": ["hand", "somato emotional release"],
    },
    "craniosacral": {
        "title": "Hands cradling the head",
        "alt": "A simple drawing of two hands gently cradling the back of a resting head, in warm sand and terracotta tones",
        "caption": "Light contact, unhurried attention.",
        "credit": "Drawn for Stillpoint",
        "tags": ["craniosacral therapy", "new york"],
    },
    "visceral": {
        "title": "A hand resting on the belly",
        "alt": "An abstract drawing of a hand resting lightly on a softly curved belly, with faint circular lines suggesting breath and movement",
        "caption": "Soft, specific touch for the organs and the tissues that hold them.",
        "credit": "Drawn for Stillpoint",
        "tags": ["manual therapy", "visceral manipulation"],
    },
    "nautilus": {
        "title": "Nautilus shell",
        "alt": "A spiral nautilus shell drawn in warm amber lines, its chambers widening outward from a small center",
        "caption": "Growth that keeps its shape: the nautilus adds one chamber at a time.",
        "credit": "Drawn for Stillpoint",
        "tags": ["nautilus", "philosophy"],
    },
    "river": {
        "title": "Winding river",
        "alt": "A river winding gently through low, rounded hills toward a pale horizon, in muted blues and warm earth tones",
        "caption": "Every journey finds its own course.",
        "credit": "Drawn for Stillpoint",
        "tags": ["river", "journey"],
    },
    "hero": {
        "title": "Stillpoint",
        "alt": "Calm horizontal bands of warm color, like an early morning sky above a quiet city skyline, with a single small circle resting near the center",
        "caption": "A quiet moment above the city.",
        "credit": "Drawn for Stillpoint",
        "tags": ["stillpoint", "new york"],
    },
    "portrait": {
        "title": "Maya Lindqvist",
        "alt": "A simple illustrated portrait of a woman with shoulder-length hair and a soft smile, drawn in warm, muted tones",
        "caption": "Maya Lindqvist, LMT, CST-D.",
        "credit": "Drawn for Stillpoint",
        "tags": ["practitioner", "portrait"],
    },
}

# ---------------------------------------------------------------------------
# Home and About
# ---------------------------------------------------------------------------

HOME = {
    "title": "Home",
    "seo_title": "Stillpoint Bodywork | CranioSacral Therapy in New York",
    "search_description": (
        "Gentle CranioSacral Therapy, Somato Emotional Release and Visceral "
        "Manipulation with Maya Lindqvist, LMT, CST-D, on the Upper West Side."
    ),
    "hero_heading": "Come back to stillness",
    "hero_lead": (
        "Gentle, hands-on bodywork on the Upper West Side, for people who want "
        "to feel more at ease in their bodies and in their lives."
    ),
    "hero_image": "hero",
    "body": [
        ("heading", "Welcome to Stillpoint"),
        (
            "paragraph",
            "<p>Stillpoint Bodywork is a small, quiet practice on the Upper West "
            "Side of Manhattan. Sessions are unhurried, the touch is light, and "
            "you are always in charge of what happens. Whether you are carrying "
            "tension from a demanding job, recovering from a difficult season "
            "or simply curious, you are welcome here.</p>",
        ),
        (
            "paragraph",
            "<p>I offer three closely related approaches: <b>CranioSacral "
            "Therapy</b>, a gentle way of working with the nervous system; "
            "<b>Somato Emotional Release</b>, which makes room for the feelings "
            "the body may be holding; and <b>Visceral Manipulation</b>, soft, "
            "specific work with the organs and the tissues around them. Many "
            "sessions weave all three together, guided by what your body seems "
            "to need on the day.</p>",
        ),
        (
            "cards",
            {
                "heading": "Explore",
                "pages": [
                    "/modalities/craniosacral-therapy/",
                    "/modalities/somato-emotional-release/",
                    "/modalities/visceral-manipulation/",
                    "/faq/",
                    "/philosophy/",
                    "/journey/",
                ],
            },
        ),
        (
            "cta",
            {
                "heading": "Ready when you are",
                "text": "Sessions are 60 or 90 minutes, Monday to Saturday, a short walk from the 72nd Street station.",
                "label": "Book a session",
                "url": "https://stillpoint.example/book",
            },
        ),
    ],
}

ABOUT = {
    "slug": "about",
    "title": "About",
    "search_description": (
        "Meet Maya Lindqvist, LMT, CST-D: her training in CranioSacral Therapy "
        "and Visceral Manipulation, her approach, and the room where she works."
    ),
    "intro": (
        "Stillpoint Bodywork is a one-person practice, built on careful "
        "training, patient listening and a quiet room above West 72nd Street."
    ),
    "body": [
        ("heading", "Training"),
        (
            "paragraph",
            "<p>I began my working life as a dancer, and it was an injury, and "
            "the slow, puzzling recovery that followed, that first led me to "
            "bodywork. I trained as a massage therapist in New York and have "
            "been licensed by New York State for more than twelve years.</p>"
            "<p>Soon after qualifying I took my first CranioSacral Therapy "
            "class with the Upledger Institute and knew I had found my path. I "
            "went on to complete the full curriculum, including the advanced "
            "Somato Emotional Release courses, and earned Diplomate "
            "certification (CST-D). Since then I have studied Visceral "
            "Manipulation with the Barral Institute, and I continue to take "
            "classes every year.</p>",
        ),
        ("heading", "My approach"),
        (
            "paragraph",
            "<p>I think of a session as a conversation between your body and my "
            "hands. I do not arrive with a fixed plan. Instead, I listen for "
            "where things feel held and where they move easily, and I follow "
            "what I find. The touch is gentle and you stay fully clothed. You "
            "can talk or stay quiet, and you can ask me to change anything at "
            "any time.</p>"
            "<p>I am careful not to promise results. Bodies are different, and "
            "so are lives. What I can offer is skilled, attentive care, honesty "
            "about what this work can and cannot do, and a willingness to "
            "suggest other help, such as a physician, physical therapist or "
            "counselor, when that would serve you better.</p>",
        ),
        ("heading", "The room"),
        (
            "paragraph",
            "<p>The practice is in a quiet, light-filled room on the fourth "
            "floor, facing away from the street. There is a wide, padded table "
            "that adjusts in height, soft lighting, warm blankets and a small "
            "bathroom next door. The building has a step-free entrance and an "
            "elevator.</p>"
            "<p>It is a short walk from the 72nd Street subway station and a "
            "few blocks from Riverside Park, which is a lovely place to sit for "
            "a while after a session. If you have questions before you visit, "
            'please <a href="/contact/">get in touch</a>.</p>',
        ),
    ],
}

# ---------------------------------------------------------------------------
# Modalities
# ---------------------------------------------------------------------------

MODALITY_INDEX = {
    "title": "Modalities",
    "intro": (
        "Three gentle, closely related ways of working with the body. Each can "
        "be received on its own, and many sessions combine them."
    ),
    "search_description": (
        "CranioSacral Therapy, Somato Emotional Release and Visceral "
        "Manipulation at Stillpoint Bodywork: what each one is and what a "
        "session is like."
    ),
}

MODALITIES = [
    {
        "slug": "craniosacral-therapy",
        "title": "CranioSacral Therapy",
        "summary": "A light, hands-on approach that helps the nervous system settle and the body let go of held tension.",
        "intro": (
            "CranioSacral Therapy is a gentle, hands-on approach that helps the "
            "nervous system and the tissues surrounding it let go of held "
            "tension. The touch is light, the pace is "
            "slow, and many clients find it deeply restful."
        ),
        "search_description": (
            "Gentle CranioSacral Therapy in New York: light touch that may help "
            "ease tension, calm a busy mind and support rest. What a session is "
            "like."
        ),
        "hero_image": "craniosacral",
        "session_length": "60 or 90 minutes",
        "what_to_wear": "Soft, comfortable clothes you can lie down in; you stay fully clothed throughout.",
        "what_to_expect": (
            "We begin with a short conversation about how you are. You then "
            "rest on a padded table while I place my hands lightly at the feet, "
            "ribs, sacrum or head. Many people drift into a calm, dreamy state."
        ),
        "related": ["somato-emotional-release", "visceral-manipulation"],
        "body": [
            ("heading", "What is CranioSacral Therapy?"),
            (
                "paragraph",
                "<p>CranioSacral Therapy is a light-touch approach that works "
                "with the membranes and fluid surrounding the brain and spinal "
                "cord, known together as the craniosacral system. It was "
                "developed in the 1970s by the osteopathic physician Dr. John "
                "E. Upledger, building on earlier work in cranial "
                "osteopathy.</p>"
                "<p>The pressure is very light, often compared to the weight of "
                "a nickel. Rather than pushing tissue into a new position, I "
                "follow the subtle rhythms of your body and offer quiet support "
                "wherever movement feels held. The aim is to help your nervous "
                "system step out of constant alert and into a calmer state, "
                "where rest and repair tend to come more easily.</p>",
            ),
            ("heading", "Who comes for CranioSacral Therapy?"),
            (
                "paragraph",
                "<p>People find their way to this work for many reasons. Some "
                "are living with tension in the neck, jaw or back that never "
                "quite goes away. Some have headaches, trouble sleeping or a "
                "general feeling of being wired and worn out. Others are "
                "recovering from a fall, a surgery or a demanding stretch at "
                "work, or simply want an hour of deep, quiet rest.</p>"
                "<ul><li>Ongoing neck, shoulder or jaw tension</li>"
                "<li>Headaches and a sense of pressure in the head</li>"
                "<li>Stress, restlessness and poor sleep</li>"
                "<li>Recovery after injury, alongside care from your doctor</li></ul>"
                "<p>Because the touch is so gentle, CranioSacral Therapy suits "
                "most people, including older adults and those who find firmer "
                "massage uncomfortable. It is not a substitute for medical "
                "diagnosis or treatment, and it does not promise a cure. What "
                "many clients find is that they leave feeling more settled, "
                "more spacious and more at home in themselves.</p>",
            ),
            (
                "image",
                {
                    "image": "craniosacral",
                    "caption": "The touch is light enough that many clients simply drift.",
                },
            ),
            ("heading", "What a session is like"),
            (
                "paragraph",
                "<p>You stay fully clothed and lie on a padded table, usually on "
                "your back, with pillows and a blanket for comfort. We start "
                "with a short conversation about how you are and what you would "
                "like from the session. Then I rest my hands lightly at your "
                "feet, ribs, sacrum, shoulders or head, noticing where the "
                "rhythm moves freely and where it seems to meet resistance.</p>"
                "<p>Many people settle into a state somewhere between waking and "
                "sleep. Some feel warmth, tingling or a slow sense of "
                "unwinding; others notice very little on the table and feel the "
                "difference later that day. Both are common. You can talk or "
                "stay quiet, ask to change position, or pause whenever you "
                "like. Afterwards, give yourself a little time before heading "
                "back into the busy street, and have a look at the <a "
                'href="/faq/">frequently asked questions</a> if anything '
                "comes up.</p>",
            ),
            (
                "qa",
                {
                    "question": "How many sessions will I need?",
                    "answer": (
                        "<p>It varies from person to person. Some people come "
                        "once for a reset; others book a short series of three "
                        "to five sessions a week or two apart, then space them "
                        "out. After your first visit we can talk honestly about "
                        "what seems useful for you, and there is never any "
                        "pressure to buy a package.</p>"
                    ),
                },
            ),
            (
                "cta",
                {
                    "heading": "Would you like to try a session?",
                    "text": "Sessions are 60 or 90 minutes in a quiet room on the Upper West Side.",
                    "label": "Book a session",
                    "url": "https://stillpoint.example/book",
                },
            ),
        ],
    },
    {
        "slug": "somato-emotional-release",
        "title": "Somato Emotional Release",
        "summary": "Gentle bodywork that makes room for the feelings and memories the body may be holding.",
        "intro": (
            "Somato Emotional Release gives the body and the feelings it "
            "carries a chance to let go together, gently and at your own pace."
        ),
        "search_description": (
            "Somato Emotional Release (SER) in New York: gentle bodywork that "
            "makes room for feelings the body holds, so old patterns may loosen."
        ),
        "hero_image": "hand",
        "session_length": "90 minutes",
        "what_to_wear": "Comfortable, loose clothing; you remain fully clothed and covered with a blanket if you like.",
        "what_to_expect": (
            "The session begins as a CranioSacral session, with light touch on a "
            "padded table. If feelings, images or memories arise, we slow down "
            "and give them space through quiet attention and simple questions. "
            "You set the pace and can pause at any time."
        ),
        "related": ["craniosacral-therapy", "visceral-manipulation"],
        "body": [
            (
                "paragraph",
                "<p>What we feel does not stay politely inside our thoughts. It "
                "settles into the breath, the belly, the set of the shoulders "
                "and the quiet corners we rarely notice. Somato "
                "Emotional Release offers a gentle way to let the body and the "
                "feelings it carries move together, so that physical easing and "
                "emotional easing can support one another. Many clients find "
                "that old, familiar patterns begin to loosen, and that there is "
                "more room than they expected for something new.</p>",
            ),
            ("image", {"image": "hand", "caption": "Listening with the hands."}),
            ("heading", "What is Somato Emotional Release?"),
            (
                "paragraph",
                "<p>Somato Emotional Release, often shortened to SER, grew out "
                "of CranioSacral Therapy. It was developed by Dr. John E. "
                "Upledger, the osteopathic physician behind CranioSacral "
                "Therapy, over many years of clinical work and careful "
                "record-keeping. Time and again he and his colleagues saw that "
                "when the body released a long-held strain, a feeling or a "
                "memory sometimes surfaced along with it.</p>"
                "<p>The word <i>somato</i> simply means 'of the body'. SER is "
                "a way of staying with whatever arises during a session, whether that is "
                "a sensation, an image, a wave of sadness or a sudden sense of "
                "relief, and giving it the time and attention it asks for.</p>",
            ),
            ("heading", "How a session unfolds"),
            (
                "paragraph",
                "<p>A session begins much like any CranioSacral session. You lie "
                "fully clothed on a padded table and I rest my hands lightly on "
                "places such as the feet, the sacrum, the ribs or the head. I "
                "follow the subtle rhythm of your system and notice where "
                "movement seems restricted.</p>"
                "<p>Sometimes, as a tight area softens, something else arrives: "
                "warmth, trembling, tears, a memory from long ago, or a picture "
                "that seems to come out of nowhere. When that happens we slow "
                "down. I may ask a simple question, such as 'What do you notice "
                "there?' or 'If that place could speak, what would it say?' You "
                "are always free to answer, to stay silent, or simply to "
                "breathe. Nothing needs to be forced, analyzed or explained.</p>"
                "<p>This quiet dialogue, together with imagery that comes from "
                "you rather than from me, invites your own inner wisdom, what "
                "Dr. Upledger called the 'inner physician', to guide the "
                "process. My job is to listen with my hands and my attention, and to keep "
                "the space safe and steady while your body does its own work. "
                "Many clients find that when a feeling and a physical release "
                "are allowed to happen together, the body often settles more "
                "completely.</p>"
                "<p>SER is not psychotherapy and does not replace it, though "
                "many clients find it a helpful companion to counseling.</p>",
            ),
            ("heading", "When life asks for change"),
            (
                "paragraph",
                "<p>Not everyone arrives with a sore back or a specific injury. "
                "Many people come to SER at a crossroads: a move, a new career, "
                "a loss or a relationship coming to a close. Others have noticed a pattern in "
                "themselves, such as the same tight jaw before every difficult "
                "phone call, and have "
                "tried hard to change it without much success.</p>"
                "<p>Willpower and good intentions matter, but they do not always "
                "reach the places where a habit is held. By working with the "
                "body as well as the mind, SER can help you see how the pieces "
                "fit together. Some people notice a shift after one or two "
                "sessions; for others it is a slower unfolding over several "
                "visits.</p>",
            ),
            ("heading", "Going deeper: the body remembers"),
            (
                "paragraph",
                "<p>The idea that emotion and the body are intertwined is very "
                "old. Traditional Chinese medicine has described links between "
                "particular feelings and particular organs for many centuries, "
                "and our everyday speech is full of the same understanding.</p>",
            ),
            (
                "sayings",
                {
                    "intro": "Everyday speech says it plainly:",
                    "items": [
                        "I had butterflies in my stomach.",
                        "It felt like a weight on my shoulders.",
                        "My heart sank.",
                        "I just had a gut feeling.",
                        "I was all choked up.",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>In recent decades, Dr. Upledger and the French osteopath "
                "Jean-Pierre Barral, who developed Visceral Manipulation, "
                "explored this connection in their clinical work and their "
                "books. Joy, affection and ease tend to leave us "
                "feeling open and well. Long stretches of worry, frustration or "
                "fear tend to leave us braced and tired, and a body that is "
                "always braced has less energy to spare for repair.</p>"
                "<p>This does not mean every ache has an emotional cause. It "
                "simply means that body and feelings are not two separate "
                "rooms, and that attending to both can help.</p>",
            ),
            ("heading", "Organs as filters"),
            (
                "paragraph",
                "<p>In his writing on SER, Dr. Upledger offered an image many "
                "clients find helpful: think of certain organs as filters. When "
                "we live through something intense, part of the body takes on "
                "the job of sorting it, letting some of it pass through and "
                "setting some of it aside, so that we can keep going with our "
                "day.</p>"
                "<p>Picture the filter in a kitchen water jug. For months it "
                "quietly does its job. But if it is never changed, it clogs with "
                "sediment, and even fresh water poured through it comes out "
                "tasting a little stale. Adding cleaner water is not enough on "
                "its own; sooner or later the filter itself needs care.</p>"
                "<p>In this traditional way of seeing things, the liver is often "
                "linked with anger and irritation, the lungs with sorrow and "
                "loss, the kidneys with fear and worry, and the spleen with "
                "guilt. The heart is pictured at the center of the household, "
                "tender to hurt and betrayal, with the pericardium, the "
                "protective sac around it, standing guard. Sometimes that guard "
                "grows so watchful that it holds the heart more tightly than it "
                "needs to.</p>"
                "<p>These associations are a metaphor and a map, not a "
                "diagnosis. Yet exploring them gently and with curiosity often "
                "helps clients make sense of what they feel in their bodies. "
                "Caring for the emotional filter alongside the physical tissue "
                "can allow a more complete kind of settling.</p>",
            ),
            (
                "quote",
                {
                    "text": "The body keeps its own quiet record. When we listen without hurrying, it often shows us what it is ready to set down.",
                    "attribution": "Maya Lindqvist, LMT, CST-D",
                },
            ),
            ("heading", "Letting the past be past"),
            (
                "paragraph",
                "<p>Feelings also shape the choices we make. Most of us, without meaning to, read "
                "the present through the lens of what has already happened. An "
                "old disappointment colors how we respond to a new "
                "opportunity; an old fear decides which doors we are willing to "
                "knock on. Over time, the road ahead can start to look a lot "
                "like the road behind.</p>"
                "<p>SER is led by you. It moves at your pace and goes only where "
                "your system is ready to go. Along the way it may bring "
                "unnoticed patterns into view, help you release the charge of "
                "difficult experiences, and ease tensions whose source was never "
                "quite clear. When an old weight is set down, there is often "
                "more freedom to choose what comes next, rather than simply "
                "repeating what came before.</p>"
                "<p>If you are wondering whether SER is right for you, have a "
                'look at the <a href="/faq/">frequently asked questions</a> '
                'or <a href="/contact/">get in touch</a>.</p>',
            ),
            (
                "cards",
                {
                    "heading": "Read more",
                    "pages": [
                        "/modalities/craniosacral-therapy/",
                        "/faq/",
                        "/modalities/visceral-manipulation/",
                        "/philosophy/",
                        "/journey/",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "visceral-manipulation",
        "title": "Visceral Manipulation",
        "summary": "Soft, specific touch for the organs and the tissues that hold them, to help the whole body move with ease.",
        "intro": (
            "Visceral Manipulation is a gentle manual therapy for the organs and "
            "the connective tissue around them, helping the body move, breathe "
            "and settle more freely."
        ),
        "search_description": (
            "Visceral Manipulation in New York: gentle manual therapy for the "
            "organs and the tissues around them. Who it may help and what a "
            "session is like."
        ),
        "hero_image": "visceral",
        "session_length": "60 or 90 minutes",
        "what_to_wear": "Comfortable clothing that is loose around the waist; you stay clothed throughout.",
        "what_to_expect": (
            "After a short conversation, I gently feel for areas of restriction "
            "in the abdomen, ribs and back. The touch is light to moderate and "
            "always within your comfort, and it is often combined with "
            "CranioSacral Therapy."
        ),
        "related": ["craniosacral-therapy", "somato-emotional-release"],
        "body": [
            ("heading", "What is Visceral Manipulation?"),
            (
                "paragraph",
                "<p>Visceral Manipulation is a gentle manual therapy developed "
                "by the French osteopath Jean-Pierre Barral. It focuses on the "
                "organs, or viscera, and on the connective tissue that holds "
                "them in place and lets them glide against one another as we "
                "breathe, move and digest.</p>"
                "<p>Every organ needs a little freedom of movement. The liver "
                "rises and falls with each breath; the intestines slide and "
                "shift through the day. After surgery, illness, injury, long "
                "periods of stress or even years of sitting in one position, "
                "some of that easy movement can be lost. Because the organs are "
                "connected to the rest of the body through fascia, a restriction "
                "in one place can show up as tension somewhere quite different, "
                "such as the shoulder or the lower back.</p>",
            ),
            ("heading", "Why the organs matter"),
            (
                "paragraph",
                "<p>We often think of posture as a matter of muscles and bones, "
                "but the organs have weight and shape too, and they hang within "
                "the torso from a web of ligaments and membranes. When that web "
                "is pulled tight in one spot, the body quietly adapts around it. "
                "Over time those adaptations can add up to stiffness, "
                "discomfort or a feeling that something is not quite right.</p>"
                "<p>Visceral Manipulation uses soft, precise touch to find those "
                "areas and encourage them to move more freely. The work is slow "
                "and attentive, never forceful. Many clients describe it as "
                "deeply calming, and often notice easier breathing or a softer "
                "belly afterwards.</p>",
            ),
            ("heading", "Who might find it helpful"),
            (
                "paragraph",
                "<p>People come to Visceral Manipulation for a range of reasons, "
                "including:</p>"
                "<ul><li>Pulling or tension in the back, shoulders or neck that "
                "has not eased with other approaches</li>"
                "<li>Tightness around old scars, once they are fully healed and "
                "with your doctor's agreement</li>"
                "<li>Digestive discomfort linked with stress, alongside "
                "appropriate medical care</li>"
                "<li>A wish to feel more at ease in the breath and the "
                "belly</li></ul>"
                "<p>Visceral Manipulation is not a treatment for disease and "
                "does not replace medical diagnosis. If you have a medical "
                "condition, are pregnant or have recently had surgery, please "
                "mention it when you book so we can decide together whether "
                "this work is right for you at the moment.</p>",
            ),
            (
                "image",
                {"image": "visceral", "caption": "Slow, attentive work with the belly and ribs."},
            ),
            (
                "paragraph",
                "<p>In a session you remain clothed, ideally in something loose "
                "around the waist. After a short conversation, I gently feel for "
                "areas of restriction in the abdomen, ribs and back, and work "
                "with them one at a time. I often combine Visceral Manipulation "
                'with <a href="/modalities/craniosacral-therapy/">CranioSacral '
                "Therapy</a> so the whole body has a chance to settle "
                "together.</p>",
            ),
            (
                "qa",
                {
                    "question": "Does Visceral Manipulation hurt?",
                    "answer": (
                        "<p>It should not. Some areas may feel tender when they "
                        "are first touched, much as a tight muscle can, but I "
                        "work slowly and check in with you throughout. You can "
                        "ask me to lighten the touch or move elsewhere at any "
                        "moment, and I will.</p>"
                    ),
                },
            ),
            (
                "cta",
                {
                    "heading": "Curious whether it is right for you?",
                    "text": "Book a session, or write first with any questions you have.",
                    "label": "Book a session",
                    "url": "https://stillpoint.example/book",
                },
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Frequently asked questions
# ---------------------------------------------------------------------------

FAQ = {
    "title": "Frequently Asked Questions",
    "intro": (
        "Answers to the questions people most often ask before, during and "
        "after a session. If yours is not here, please get in touch."
    ),
    "search_description": (
        "Questions about CranioSacral Therapy, Somato Emotional Release and "
        "Visceral Manipulation at Stillpoint: sessions, fees, insurance and "
        "more."
    ),
}

QUESTIONS = [
    # Before your first session
    {
        "topic": "Before your first session",
        "question": "What should I wear?",
        "answer": (
            "<p>Soft, comfortable clothes you can lie down in, such as "
            "leggings or loose trousers and a T-shirt. You stay fully clothed "
            "throughout. It helps to leave belts, bulky jewellery and hair "
            "clips at home, and for Visceral Manipulation something loose "
            "around the waist is best.</p>"
        ),
        "modality": None,
        "order": 1,
    },
    {
        "topic": "Before your first session",
        "question": "Is CranioSacral Therapy suitable for me?",
        "answer": (
            "<p>Because the touch is so light, CranioSacral Therapy suits most "
            "adults, including people who find deeper massage too intense. "
            "There are a few situations, such as a recent head injury or "
            "certain conditions affecting the brain or spinal fluid, where it "
            "is not appropriate. The intake form asks about these, and if you "
            "are unsure, please ask your doctor and let me know.</p>"
        ),
        "modality": "craniosacral-therapy",
        "order": 2,
    },
    {
        "topic": "Before your first session",
        "question": "Do I need an emotional issue to try Somato Emotional Release?",
        "answer": (
            "<p>Not at all. Many people book simply because they feel stuck or "
            "are going through a change. SER is not something I impose on a "
            "session; it is a way of responding if feelings or memories arise "
            "on their own. If nothing comes up, that is perfectly fine.</p>"
        ),
        "modality": "somato-emotional-release",
        "order": 3,
    },
    {
        "topic": "Before your first session",
        "question": "Is there anyone who should not have Visceral Manipulation?",
        "answer": (
            "<p>It is not appropriate in some situations, for example soon "
            "after abdominal surgery, during an acute infection or with certain "
            "conditions affecting the blood vessels. If you are pregnant, have "
            "a medical condition or are unsure, please mention it when you "
            "book, and check with your doctor first.</p>"
        ),
        "modality": "visceral-manipulation",
        "order": 4,
    },
    # During a session
    {
        "topic": "During a session",
        "question": "Will I have to talk about my feelings?",
        "answer": (
            "<p>Only if you want to. In Somato Emotional Release I may ask a "
            "gentle question if something seems to be surfacing, but you are "
            "always free to answer, stay quiet or change the subject. Many "
            "meaningful sessions happen almost entirely in silence.</p>"
        ),
        "modality": "somato-emotional-release",
        "order": 5,
    },
    {
        "topic": "During a session",
        "question": "What does CranioSacral Therapy feel like?",
        "answer": (
            "<p>Most people describe it as deeply relaxing. The touch is very "
            "light and still, and you may notice warmth, a gentle pulsing, a "
            "sense of spaciousness or simply drowsiness. Some people feel a "
            "great deal and others very little; both are normal.</p>"
        ),
        "modality": "craniosacral-therapy",
        "order": 6,
    },
    {
        "topic": "During a session",
        "question": "What if I fall asleep?",
        "answer": (
            "<p>That is completely fine, and it happens often. Your body "
            "continues to respond even when you drift off. I will let you know "
            "gently when we are coming to the end.</p>"
        ),
        "modality": None,
        "order": 7,
    },
    {
        "topic": "During a session",
        "question": "How firm is the touch in Visceral Manipulation?",
        "answer": (
            "<p>Light to moderate, and always within your comfort. It is more "
            "precise than firm: I follow the tissue rather than pushing it. "
            "Please tell me at once if anything feels too much, and I will "
            "adjust straight away.</p>"
        ),
        "modality": "visceral-manipulation",
        "order": 8,
    },
    # After a session
    {
        "topic": "After a session",
        "question": "How might I feel afterwards?",
        "answer": (
            "<p>Many people feel calm, a little slow and pleasantly heavy; "
            "others feel lighter and more energized. You may sleep more deeply "
            "that night. Drink some water, take it easy for the rest of the "
            "day, and avoid strenuous exercise if you can.</p>"
        ),
        "modality": None,
        "order": 9,
    },
    {
        "topic": "After a session",
        "question": "What if strong feelings come up after Somato Emotional Release?",
        "answer": (
            "<p>It is not unusual for feelings or dreams to surface in the days "
            "after a session. Be kind to yourself, rest, and write things down "
            "if that helps. You are welcome to email me. If you are already "
            "working with a counselor, they can be a good person to talk it "
            "through with too.</p>"
        ),
        "modality": "somato-emotional-release",
        "order": 10,
    },
    {
        "topic": "After a session",
        "question": "How often should I come for CranioSacral Therapy?",
        "answer": (
            "<p>There is no fixed rule. A common pattern is a few sessions a "
            "week or two apart, then a gradual spacing out to monthly or "
            "seasonal visits. We will decide together, based on how you "
            "respond and what you are looking for.</p>"
        ),
        "modality": "craniosacral-therapy",
        "order": 11,
    },
    {
        "topic": "After a session",
        "question": "Is there anything to avoid after Visceral Manipulation?",
        "answer": (
            "<p>Eat lightly for the rest of the day if you can, drink water, "
            "and skip intense core workouts until the next day. Some people "
            "notice small changes in digestion as things settle. If anything "
            "feels unusual or persists, please check with your doctor.</p>"
        ),
        "modality": "visceral-manipulation",
        "order": 12,
    },
    # Practical matters
    {
        "topic": "Practical matters",
        "question": "How much does a session cost?",
        "answer": (
            "<p>Fees are in line with other experienced bodywork practitioners "
            "in Manhattan, and the current rates for 60 and 90 minute sessions "
            "are shown on the booking page. A small number of reduced-fee "
            "sessions are available each month; please ask if cost is a "
            "barrier.</p>"
        ),
        "modality": None,
        "order": 13,
    },
    {
        "topic": "Practical matters",
        "question": "What is your cancellation policy?",
        "answer": (
            "<p>Please give at least 24 hours' notice if you need to cancel or "
            "reschedule, so the time can be offered to someone else. Late "
            "cancellations and missed appointments are charged in full, though "
            "I understand that genuine emergencies happen.</p>"
        ),
        "modality": None,
        "order": 14,
    },
    {
        "topic": "Practical matters",
        "question": "Do you take insurance, and can I use my HSA or FSA?",
        "answer": (
            "<p>I do not bill insurance directly. On request I can give you a "
            "detailed receipt to submit for possible out-of-network "
            "reimbursement, or to use with a health savings or flexible "
            "spending account. Coverage varies, so it is worth checking with "
            "your plan first.</p>"
        ),
        "modality": None,
        "order": 15,
    },
    {
        "topic": "Practical matters",
        "question": "Is the room accessible?",
        "answer": (
            "<p>Yes. The building has a step-free entrance and an elevator to "
            "the fourth floor, and the treatment table adjusts in height. If "
            "you have any particular needs, let me know when you book and I "
            "will do my best to make your visit comfortable.</p>"
        ),
        "modality": None,
        "order": 16,
    },
]

# ---------------------------------------------------------------------------
# Philosophy essays
# ---------------------------------------------------------------------------

ESSAY_INDEX = {
    "title": "Philosophy",
    "intro": (
        "Short essays on the ideas behind the work: the body's own "
        "intelligence, the value of stillness, and the art of listening."
    ),
    "search_description": (
        "Essays from Stillpoint Bodywork on the ideas behind gentle hands-on "
        "work: the body's own intelligence, stillness, and the art of "
        "listening."
    ),
}

ESSAYS = [
    {
        "slug": "the-body-is-listening",
        "title": "The body is listening",
        "intro": (
            "Your body is an intelligent, self-balancing system. Good bodywork "
            "begins by listening to it."
        ),
        "search_description": (
            "An essay on the body as an intelligent, self-balancing system, and "
            "why gentle bodywork begins with listening rather than fixing."
        ),
        "date": "2026-03-14",
        "tags": ["philosophy", "self-healing", "listening"],
        "hero_image": "nautilus",
        "body": [
            (
                "paragraph",
                "<p>Most of the time, your body is getting on with an "
                "astonishing amount of work without asking for your help. It "
                "keeps your temperature steady, closes small cuts, digests "
                "breakfast, adjusts your blood pressure as you stand up, and "
                "turns a night's sleep into repair. None of this needs a plan "
                "or a reminder. It happens because the body is organized, "
                "responsive and, in its own way, intelligent.</p>"
                "<p>That idea sits at the center of how I work. I do not think "
                "of a session as something I do to you. I think of it as an "
                "opportunity for your system to do more of what it already "
                "knows how to do, with a little less getting in the way.</p>",
            ),
            ("heading", "Balance is a verb"),
            (
                "paragraph",
                "<p>We tend to talk about balance as though it were a place you "
                "arrive at and then stay. In the body it is more like riding a "
                "bicycle: a constant series of tiny corrections. Heart rate "
                "rises and falls. Breath deepens and shortens. Muscles brace "
                "and release. Health, in this sense, is not rigidity but "
                "flexibility, the ability to respond and then come back.</p>"
                "<p>Difficulties often begin when that coming back gets harder. "
                "After a long stretch of stress, an injury or an illness, the "
                "body may stay braced long after the reason has passed. It is a "
                "sensible protection that has outstayed its welcome.</p>",
            ),
            ("heading", "Listening rather than fixing"),
            (
                "paragraph",
                "<p>Light-touch work like <a "
                'href="/modalities/craniosacral-therapy/">CranioSacral '
                "Therapy</a> rests on a simple premise: if you listen carefully "
                "enough, the body will show you where it is holding on, and "
                "often how it would like to let go. My hands follow rather than "
                "lead. When tissue is met with patience instead of pressure, it "
                "frequently softens by itself.</p>"
                "<p>This is also why I am wary of promises. I cannot tell your "
                "body what to do, and I would not want to. What I can do is "
                "offer conditions, such as warmth, quiet, attention and a sense "
                "of safety, in which its own self-balancing has the best chance "
                "to work.</p>",
            ),
            (
                "quote",
                {
                    "text": "The body is not a machine waiting to be repaired. It is a living system that is always, quietly, finding its way back to ease.",
                    "attribution": "Maya Lindqvist",
                },
            ),
            ("heading", "An invitation"),
            (
                "paragraph",
                "<p>You do not need to come to a session to begin listening. "
                "Next time you feel tired, tense or unsettled, try pausing for "
                "a few breaths and asking, without judgement, 'What do I "
                "notice?' Perhaps your jaw is clenched, or your shoulders have "
                "crept up toward your ears. Perhaps your breath has become "
                "short and high. Noticing is not the same as fixing, but it is "
                "very often where change begins.</p>"
                "<p>Like the nautilus, which grows by adding one chamber at a "
                "time while keeping its elegant spiral, we rarely change in "
                "great leaps. We change by small, patient steps, each one built "
                "on the last.</p>",
            ),
        ],
    },
    {
        "slug": "stillness-is-not-nothing",
        "title": "Stillness is not nothing",
        "intro": (
            "On the still point: the quiet pause in a session that gave this "
            "practice its name, and why rest deserves more respect."
        ),
        "search_description": (
            "An essay on the still point in CranioSacral Therapy, the quiet "
            "pause that gave Stillpoint its name, and why deep rest deserves "
            "respect."
        ),
        "date": "2026-05-09",
        "tags": ["philosophy", "stillness", "rest"],
        "hero_image": None,
        "body": [
            (
                "paragraph",
                "<p>This practice is named after a moment that anyone who "
                "receives CranioSacral Therapy may eventually meet. Partway "
                "through a session, the gentle rhythm I have been following "
                "seems to pause. Everything goes quiet. Breathing slows, the "
                "face softens, and for a little while nothing appears to be "
                "happening at all.</p>"
                "<p>In the language of CranioSacral Therapy this pause is called "
                "a still point. It can last a few seconds or a few minutes. "
                "Then the rhythm returns, often fuller and more even than "
                "before.</p>",
            ),
            ("heading", "What happens in the pause"),
            (
                "paragraph",
                "<p>From the outside, a still point looks like nothing. From the "
                "inside, many clients describe it as one of the most restful "
                "moments they can remember: a deep settling, a sense of being "
                "held, a brief holiday from thinking. Practitioners understand "
                "it as a time when the whole system resets a little, rather "
                "like a piece of music that needs a rest before the next "
                "phrase.</p>"
                "<p>We do not need to measure every part of that experience to "
                "respect it. Rest has always been part of healing. The still "
                "point is simply rest at a very deep level.</p>",
            ),
            ("heading", "A city that fears the pause"),
            (
                "paragraph",
                "<p>Living in New York, it is easy to believe that stopping is a "
                "kind of failure. We fill every gap with phones, podcasts and "
                "to-do lists. Even rest can turn into another performance, "
                "scored by step counts and sleep apps. A quiet moment can feel "
                "uncomfortable, even a little suspicious.</p>"
                "<p>Yet musicians know that the rests in a score are part of the "
                "music. Gardeners know that winter is not wasted time. And the "
                "body knows that recovery happens in the spaces between effort, "
                "not only in the effort itself.</p>",
            ),
            (
                "quote",
                {
                    "text": "Stillness is not the absence of life. It is life gathering itself.",
                    "attribution": "Maya Lindqvist",
                },
            ),
            ("heading", "Finding small still points"),
            (
                "paragraph",
                "<p>You can invite a little of this into ordinary days:</p>"
                "<ul><li>Pause before you open your laptop, and feel your feet "
                "on the floor.</li>"
                "<li>Let one breath out be slower than the breath in.</li>"
                "<li>Sit on a park bench for five minutes without reaching for "
                "anything.</li>"
                "<li>At night, rest a hand on your belly and let it rise and "
                "fall.</li></ul>"
                "<p>None of these will transform your life in an afternoon. But "
                "each one is a small reminder to your nervous system that it is "
                "allowed to stop. Over time those reminders add up, and "
                "stillness starts to feel less like nothing and more like "
                "coming home. If you would like to know more about the work "
                'itself, the <a href="/journey/">journey pages</a> describe '
                "what to expect.</p>",
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Your journey
# ---------------------------------------------------------------------------

JOURNEY_INDEX = {
    "title": "Your Journey",
    "intro": (
        "Your health and wellness journey is as unique as you are. These pages "
        "walk through it gently: before, during and after a session, and the "
        "care that follows."
    ),
    "search_description": (
        "Your health and wellness journey at Stillpoint: how to prepare, what "
        "happens in a session, how you may feel afterwards, and ongoing care."
    ),
}

JOURNEY_STAGES = [
    {
        "slug": "before-your-first-session",
        "title": "Before your first session",
        "intro": "Deciding to come, preparing gently, and what to bring with you.",
        "search_description": (
            "Preparing for your first bodywork session at Stillpoint: choosing "
            "an approach, what to wear, what to bring and how to arrive at ease."
        ),
        "date": "2026-02-02",
        "tags": ["journey", "first session"],
        "hero_image": "river",
        "body": [
            ("heading", "Every path begins somewhere"),
            (
                "paragraph",
                "<p>No two people arrive at Stillpoint for the same reason. Some "
                "come with a clear goal: a stiff neck, a busy mind, a recovery "
                "that feels stuck. Others simply sense that something needs "
                "attention and are not yet sure what. Both are good places to "
                "start. Your journey is your own, and it does not need to look "
                "like anyone else's. You do not need the right words for what "
                "you feel, either; a rough description is more than enough to "
                "begin with.</p>",
            ),
            ("heading", "Choosing what feels right"),
            (
                "paragraph",
                "<p>If you are unsure which approach suits you, you do not need "
                "to decide alone. Read about <a "
                'href="/modalities/craniosacral-therapy/">CranioSacral '
                'Therapy</a>, look through the <a href="/faq/">frequently '
                "asked questions</a>, or write to me with a few lines about "
                "what brings you here. Many first sessions blend CranioSacral "
                "Therapy, Somato Emotional Release and Visceral Manipulation, "
                "guided by what your body seems to need on the day.</p>",
            ),
            ("heading", "Preparing for your visit"),
            (
                "paragraph",
                "<p>A little preparation helps you arrive ready to rest:</p>"
                "<ul><li>Wear soft, comfortable clothing you can lie down "
                "in.</li>"
                "<li>Eat lightly an hour or two beforehand rather than a large "
                "meal.</li>"
                "<li>Leave a few minutes' margin so you are not rushing across "
                "town.</li>"
                "<li>Bring a list of any medications and relevant medical "
                "history.</li></ul>"
                "<p>You will fill in a short intake form when you book. It asks "
                "about your health, any injuries or surgeries, and what you "
                "hope for from the session. Share as much or as little as you "
                "like; everything stays confidential.</p>"
                "<p>If you feel a little nervous, that is completely normal. "
                "Trying something unfamiliar takes courage. You are always in "
                "charge of what happens, and we can go at whatever pace feels "
                "right for you.</p>",
            ),
        ],
    },
    {
        "slug": "during-your-session",
        "title": "During your session",
        "intro": "What happens on the table, and how you stay in charge throughout.",
        "search_description": (
            "What happens during a session at Stillpoint Bodywork: arriving, the "
            "light hands-on work, what you might feel, and staying in charge."
        ),
        "date": "2026-02-16",
        "tags": ["journey", "sessions"],
        "hero_image": None,
        "body": [
            ("heading", "Arriving"),
            (
                "paragraph",
                "<p>When you arrive, you are welcome to sit for a moment, have a "
                "glass of water and catch your breath. We begin with a "
                "conversation, usually ten minutes or so, about how you are "
                "feeling today and anything that has changed since we last met. "
                "On a first visit we also go through your intake form together, "
                "and I explain how the session will work so nothing comes as a "
                "surprise. "
                "Then you lie on the table, fully clothed, with a pillow under "
                "your knees and a blanket if you would like one.</p>",
            ),
            ("heading", "The hands-on work"),
            (
                "paragraph",
                "<p>The touch is light and unhurried. I may start at your feet, "
                "your ribs or the back of your head, following whatever your "
                "body seems to be saying. Some people like to chat; many prefer "
                "to drift. There is no right way to receive a session, and you "
                "can change your mind at any point.</p>"
                "<p>Sensations vary. You might feel warmth, gentle pulsing, a "
                "slow unwinding, or simply deep relaxation. Now and then a "
                "memory or a feeling rises to the surface. If that happens, we "
                "can stay with it together, using the quiet dialogue of <a "
                'href="/modalities/somato-emotional-release/">Somato '
                "Emotional Release</a>, or simply let it pass.</p>",
            ),
            ("heading", "You are in charge"),
            (
                "paragraph",
                "<p>Your comfort matters more than any technique. If you need to "
                "shift position, use the bathroom, ask a question or stop "
                "altogether, just say so. I will check in with you from time to "
                "time, and I am always happy to explain what I am doing and "
                "why.</p>"
                "<p>Toward the end, I will let you know that we are finishing. "
                "Take your time getting up. There is no rush to leave the table, "
                "and a few quiet minutes before you stand can help the session "
                "settle in.</p>",
            ),
        ],
    },
    {
        "slug": "after-your-session",
        "title": "After your session",
        "intro": "How you may feel in the hours and days afterwards, and how to look after yourself.",
        "search_description": (
            "How you may feel after a CranioSacral or Visceral Manipulation "
            "session, and simple ways to look after yourself in the following "
            "days."
        ),
        "date": "2026-03-02",
        "tags": ["journey", "aftercare", "self-care"],
        "hero_image": None,
        "body": [
            ("heading", "The first few hours"),
            (
                "paragraph",
                "<p>Many people leave a session feeling calm, a little slow and "
                "pleasantly heavy, as though they have woken from a long nap. "
                "Others feel lighter and more energized. Either is normal. Give "
                "yourself time before you plunge back into traffic, email or a "
                "crowded subway car. A short walk in Riverside Park or a quiet "
                "cup of tea nearby can be a gentle bridge back into the "
                "day.</p>",
            ),
            ("heading", "The next day or two"),
            (
                "paragraph",
                "<p>The body often keeps processing after the hands-on work has "
                "finished. You might sleep more deeply than usual, feel a little "
                "tired, or notice that an old ache shifts around before it "
                "settles. Sometimes feelings surface unexpectedly, especially "
                'after <a href="/modalities/somato-emotional-release/">Somato '
                "Emotional Release</a>. Treat these changes kindly. Drink water, "
                "rest when you can, and skip strenuous exercise on the day of "
                "your session.</p>"
                "<p>If anything worries you, or if you feel unwell, please "
                "contact your doctor, and let me know as well.</p>",
            ),
            ("heading", "Noticing what has changed"),
            (
                "paragraph",
                "<p>It can be useful to jot down a few notes over the following "
                "days: how you slept, how your body feels, what you noticed in "
                "your mood or energy. These small observations help us shape "
                "the next session, and they help you see changes that might "
                "otherwise slip by unnoticed. Sometimes the most meaningful "
                "shifts are the quiet ones.</p>"
                "<p>Some people feel a difference straight away; for others, "
                "changes appear gradually over a week or more, such as a jaw "
                "that clenches less at night or stairs that feel a little "
                "lighter. There is no right timetable. Whether you want to book "
                "again soon or wait and see how things settle, both choices are "
                'welcome, and the <a href="/faq/">frequently asked '
                "questions</a> cover many of the things people wonder about "
                "afterwards.</p>",
            ),
        ],
    },
    {
        "slug": "ongoing-care",
        "title": "Ongoing care",
        "intro": "Finding a rhythm of sessions that suits your life, and caring for yourself in between.",
        "search_description": (
            "Ongoing care at Stillpoint Bodywork: finding a rhythm of sessions "
            "that suits you, and simple ways to care for yourself between "
            "visits."
        ),
        "date": "2026-03-16",
        "tags": ["journey", "self-care"],
        "hero_image": None,
        "body": [
            ("heading", "Finding your rhythm"),
            (
                "paragraph",
                "<p>After a first session or two, most people have a sense of "
                "whether this kind of work suits them. From there, the right "
                "rhythm depends on what you are looking for. Some clients come "
                "weekly for a few weeks during a demanding time, then move to "
                "once a month. Others book a session every season as a way of "
                "checking in. Some come only when life feels heavy. All of "
                "these are fine, and your rhythm can change as your needs "
                "change.</p>",
            ),
            ("heading", "Working together over time"),
            (
                "paragraph",
                "<p>Over several sessions, patterns often become clearer. We may "
                "notice that your shoulders tighten in the weeks before a "
                "deadline, or that your breath shortens whenever a particular "
                "subject comes up. This kind of understanding is one of the "
                "quieter gifts of ongoing care. It helps you recognize what your "
                "body is telling you, even between visits.</p>"
                "<p>I will never push you to book more sessions than you need. "
                "If it seems another kind of care would serve you better, such "
                "as a physician, physical therapist or counselor, I will say "
                "so and, where I can, suggest someone.</p>",
            ),
            ("heading", "Between sessions"),
            (
                "paragraph",
                "<p>Much of the journey happens in your own life. Simple habits, "
                "like a few slow breaths before bed, a walk without headphones "
                "or a moment of stillness at your desk, can carry the effects "
                "of a session forward. Some clients keep a small notebook of "
                "what helps and what does not, and bring it along to their "
                "next visit. The essays in <a "
                'href="/philosophy/">Philosophy</a> offer more ideas, and you '
                "can always ask me for suggestions.</p>",
            ),
            (
                "cta",
                {
                    "heading": "Questions about ongoing care?",
                    "text": "Send a note and we can talk about a rhythm that suits you.",
                    "label": "Get in touch",
                    "page": "/contact/",
                },
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Blog
# ---------------------------------------------------------------------------

BLOG_INDEX = {
    "title": "Blog",
    "intro": (
        "Occasional notes on stress, sleep, posture and everyday self-care, "
        "written from the treatment room."
    ),
    "search_description": (
        "Notes from Stillpoint Bodywork on stress, sleep, posture and everyday "
        "self-care, with gentle practices you can try at home or at your desk."
    ),
}

ARTICLES = [
    {
        "slug": "five-ways-to-settle-your-nervous-system",
        "title": "Five small ways to settle a busy nervous system",
        "intro": "Gentle, everyday practices to help your body move out of high alert.",
        "search_description": (
            "Five simple, everyday practices that may help a busy nervous "
            "system settle: slower breathing, grounding, softening and more."
        ),
        "date": "2026-01-20",
        "tags": ["stress", "self-care", "breathing"],
        "hero_image": None,
        "body": [
            (
                "paragraph",
                "<p>City life asks a lot of the nervous system. Sirens, crowded "
                "platforms, deadlines and notifications all send small signals "
                "that we need to be ready for something. Over a day those "
                "signals add up, and many of us end the evening wired but "
                "exhausted. The good news is that the body also responds to "
                "small signals of safety. Here are five simple ones to "
                "try.</p>",
            ),
            ("heading", "1. Lengthen the out-breath"),
            (
                "paragraph",
                "<p>Breathe in comfortably through your nose, then let the "
                "breath out a little more slowly than it came in. You do not "
                "need to count precisely; just let the exhale be unhurried. Five "
                "or six rounds are enough. Many people find that a slower "
                "out-breath helps the body shift toward rest.</p>",
            ),
            ("heading", "2. Feel what is holding you up"),
            (
                "paragraph",
                "<p>Wherever you are, notice where your body meets whatever is "
                "supporting it: feet on the floor, back against the chair, "
                "hands resting in your lap. Let your weight drop into those "
                "places. It is a small reminder that you do not have to hold "
                "yourself up all on your own.</p>",
            ),
            ("heading", "3. Soften the jaw and the eyes"),
            (
                "paragraph",
                "<p>Tension often gathers in the face without our noticing. Let "
                "your teeth part slightly, let your tongue rest, and soften the "
                "small muscles around your eyes. Often the shoulders follow of "
                "their own accord.</p>",
            ),
            ("heading", "4. Look at something far away"),
            (
                "paragraph",
                "<p>Screens keep our eyes focused at arm's length for hours. "
                "Every so often, look out of a window at the farthest point you "
                "can see: a rooftop, a tree, the sky over the Hudson. Let your "
                "gaze rest there for a few breaths, and notice whether anything "
                "else in you lets go a little.</p>",
            ),
            ("heading", "5. Rest a warm hand on your belly"),
            (
                "paragraph",
                "<p>Place one hand on your belly, just below the ribs, and let "
                "it move with the breath. The warmth and gentle weight can be "
                "surprisingly soothing, and it is a lovely way to end the day "
                "in bed.</p>",
            ),
            (
                "paragraph",
                "<p>None of these practices replace proper rest, support or "
                "medical care when you need it. But they are free, quick and "
                "available anywhere, and with repetition they can make it "
                "easier for your body to find its way back to calm. If stress "
                "has settled deeply into your body, a session of <a "
                'href="/modalities/craniosacral-therapy/">CranioSacral '
                "Therapy</a> may also help.</p>",
            ),
        ],
    },
    {
        "slug": "sleep-after-craniosacral-therapy",
        "title": "Why you might sleep deeply after a session",
        "intro": (
            "Many clients tell me they sleep unusually well after CranioSacral "
            "Therapy. Here is what may be going on, and how to make the most of "
            "it."
        ),
        "search_description": (
            "Why many clients sleep deeply after CranioSacral Therapy, what may "
            "be going on in the nervous system, and how to support rest that "
            "night."
        ),
        "date": "2026-02-24",
        "tags": ["sleep", "craniosacral therapy", "self-care"],
        "hero_image": "craniosacral",
        "body": [
            (
                "paragraph",
                "<p>One of the comments I hear most often from clients is some "
                "version of 'I slept like a stone last night.' It does not "
                "happen for everyone, and I would never promise it, but it "
                "happens often enough to be worth a closer look.</p>",
            ),
            ("heading", "Shifting out of high alert"),
            (
                "paragraph",
                "<p>Our nervous system moves between states of activation and "
                "states of rest. When life is demanding, many of us spend long "
                "periods tilted toward activation: alert, ready, slightly "
                "braced. That is useful in short bursts, but it can make it "
                "harder both to fall asleep and to stay asleep.</p>"
                "<p>CranioSacral Therapy uses very light, steady touch and a "
                "quiet, unhurried pace. Many people find that these conditions "
                "help their system tilt back toward rest. During a session, "
                "breathing often slows, the belly softens and the mind grows "
                "less busy. Some clients fall asleep on the table. That "
                "evening, the body may simply carry on with what it "
                "started.</p>",
            ),
            ("heading", "Making the most of it"),
            (
                "paragraph",
                "<p>If your session is in the afternoon or early evening, you "
                "can support that settling:</p>"
                "<ul><li>Keep the rest of the day gentle if you can.</li>"
                "<li>Eat a light, warm dinner.</li>"
                "<li>Dim the lights and put screens away a little earlier than "
                "usual.</li>"
                "<li>Go to bed when you feel sleepy, rather than pushing "
                "through.</li></ul>",
            ),
            ("heading", "A simple wind-down for any evening"),
            (
                "paragraph",
                "<p>You do not need a session to borrow some of its qualities. "
                "About half an hour before bed, lie on your back with a pillow "
                "under your knees. Rest one hand on your chest and one on your "
                "belly. Let your breath find its own pace, and each time you "
                "breathe out, imagine your weight sinking a little further into "
                "the mattress. If thoughts arrive, let them pass like traffic "
                "heard from a quiet room. Ten minutes is plenty. Many people "
                "find that this small ritual helps tell the body the day is "
                "over.</p>",
            ),
            ("heading", "When sleep is harder"),
            (
                "paragraph",
                "<p>Occasionally people feel more awake after a session, or "
                "sleep lightly while the body processes things. This usually "
                "passes within a night or two. If sleep problems persist, "
                "please talk with your doctor, as poor sleep can have many "
                "causes that deserve proper attention.</p>"
                "<p>Bodywork is not a sleep treatment. But for many clients, an "
                "hour of deep, quiet rest becomes a reminder of what relaxation "
                "feels like, and that memory can be easier to return to each "
                'night. The <a href="/faq/">FAQ</a> has more on what to expect '
                "after a session.</p>",
            ),
        ],
    },
    {
        "slug": "desk-posture-and-the-breath",
        "title": "Desk posture and the breath",
        "intro": (
            "How we sit, how we breathe, and why the two are more closely "
            "linked than we might think."
        ),
        "search_description": (
            "A gentle look at how desk posture and breathing shape each other, "
            "with simple ideas to help you sit, breathe and work with more ease."
        ),
        "date": "2026-04-08",
        "tags": ["posture", "breathing", "stress"],
        "hero_image": None,
        "body": [
            (
                "paragraph",
                "<p>When people talk about posture, they usually mean the spine: "
                "sit up straight, pull your shoulders back. But posture is not "
                "only about bones and muscles. It is also about breath, and the "
                "two shape each other all day long.</p>",
            ),
            ("heading", "The slump and the breath"),
            (
                "paragraph",
                "<p>Try this: let yourself slump forward in your chair, as you "
                "might late in a long day at the computer. Now take a deep "
                "breath. Notice how little room there is. The ribs cannot widen "
                "easily, the belly is squeezed, and the breath tends to move "
                "high into the chest.</p>"
                "<p>Now sit tall without stiffening, letting your weight rest on "
                "your sitting bones. Breathe again. For most people, the breath "
                "finds more space straight away.</p>"
                "<p>Over many hours and many days, a folded posture can nudge us "
                "toward shallow, upper-chest breathing. That pattern often goes "
                "hand in hand with feeling stressed, which in turn can make us "
                "hunch further. It is a loop, but it can be gently "
                "interrupted.</p>",
            ),
            ("heading", "Not perfect, just varied"),
            (
                "paragraph",
                "<p>There is no single perfect posture to hold all day. Bodies "
                "like variety. A few ideas:</p>"
                "<ul><li>Change position often: sit, stand, lean back, perch "
                "forward.</li>"
                "<li>Set your screen so your gaze falls naturally on its upper "
                "third.</li>"
                "<li>Rest your feet flat and let the chair take your "
                "weight.</li>"
                "<li>Once an hour, stand, reach your arms overhead and take "
                "three slow breaths.</li></ul>",
            ),
            ("heading", "A one-minute reset"),
            (
                "paragraph",
                "<p>When you notice you have folded over your keyboard, try "
                "this instead of forcing yourself upright. Let your hands rest "
                "on your thighs. Feel the chair under you. Breathe out slowly, "
                "then let the next breath widen the back of your ribs, as if "
                "filling a gentle balloon behind you. Let your head float up "
                "rather than pulling it back. Repeat three times, then carry on "
                "with your work. It is less about holding a correct position and "
                "more about reminding your body that it has choices.</p>",
            ),
            ("heading", "Where bodywork fits"),
            (
                "paragraph",
                "<p>Long-held postures can leave their mark in the connective "
                "tissue of the chest, shoulders and abdomen. Gentle approaches "
                'like <a href="/modalities/visceral-manipulation/">Visceral '
                "Manipulation</a> and <a "
                'href="/modalities/craniosacral-therapy/">CranioSacral '
                "Therapy</a> may help some of that tissue soften, and many "
                "clients find that easier breathing and easier sitting then "
                "feel more natural.</p>"
                "<p>If you have persistent pain, numbness or weakness, please "
                "see your doctor or a physical therapist first. Bodywork works "
                "best as part of a wider picture of care.</p>",
            ),
        ],
    },
    {
        "slug": "what-your-belly-might-be-telling-you",
        "title": "What your belly might be telling you",
        "intro": (
            "The belly is often the first place we feel stress. Learning to "
            "notice it can be a kind way to look after yourself."
        ),
        "search_description": (
            "The belly is often where we first feel stress. A simple listening "
            "practice, and how gentle Visceral Manipulation may help it soften."
        ),
        "date": "2026-05-26",
        "tags": ["visceral manipulation", "stress", "self-care"],
        "hero_image": "visceral",
        "body": [
            (
                "paragraph",
                "<p>Think of the last time you were nervous before a big "
                "conversation. Chances are you felt it in your belly: a "
                "flutter, a knot, a drop. We talk about butterflies and gut "
                "feelings for good reason. The abdomen is richly supplied with "
                "nerves, and it responds quickly to what is happening in our "
                "lives.</p>",
            ),
            ("heading", "A place that holds"),
            (
                "paragraph",
                "<p>Many of us hold our bellies without realizing it. We pull "
                "them in to look slimmer, brace them when we feel anxious, or "
                "simply forget to let them move when we breathe. Over time this "
                "holding can become a habit. The breath becomes shallow, the "
                "lower back may tighten, and the whole torso can feel a little "
                "less alive.</p>",
            ),
            ("heading", "Listening in"),
            (
                "paragraph",
                "<p>Try this gentle practice, lying down or sitting "
                "comfortably:</p>"
                "<ol><li>Rest both hands on your belly, one above the navel and "
                "one below.</li>"
                "<li>Notice the warmth under your hands, and any sense of "
                "movement.</li>"
                "<li>Without forcing, let the breath move into your "
                "hands.</li>"
                "<li>Ask quietly, 'What does this place need right now?' and "
                "wait.</li></ol>"
                "<p>You may notice nothing at all, and that is fine. Sometimes "
                "the answer is simply rest, or a warm meal, or a little less "
                "rushing.</p>",
            ),
            ("heading", "Small kindnesses for the belly"),
            (
                "paragraph",
                "<p>A few everyday habits can help the belly feel less "
                "guarded:</p>"
                "<ul><li>Eat sitting down, and at a pace that lets you taste "
                "your food.</li>"
                "<li>Loosen a tight waistband when you are at home.</li>"
                "<li>Take a short, easy walk after meals.</li>"
                "<li>Let your belly move when you breathe, even in "
                "public.</li></ul>"
                "<p>None of these are rules, and none of them will fix "
                "everything. They are simply ways of telling a part of you "
                "that often works hard in the background that it, too, is "
                "allowed to rest.</p>",
            ),
            ("heading", "How Visceral Manipulation can help"),
            (
                "paragraph",
                '<p>In <a href="/modalities/visceral-manipulation/">Visceral '
                "Manipulation</a>, I use soft, specific touch to feel how the "
                "organs and their supporting tissues are moving, and to "
                "encourage areas that feel held to move more freely. Many "
                "clients say their belly feels softer and their breathing "
                "easier afterwards, and some notice a sense of calm that lasts "
                "well beyond the session.</p>"
                "<p>Changes in digestion, ongoing abdominal pain or any new "
                "symptom should always be checked by a doctor. Bodywork can be "
                "a gentle companion to medical care, but never a replacement "
                "for it.</p>",
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Contact
# ---------------------------------------------------------------------------

CONTACT = {
    "title": "Contact",
    "intro": (
        "Have a question, or not sure which approach is right for you? Send a "
        "note and I will reply within one working day."
    ),
    "search_description": (
        "Contact Stillpoint Bodywork on West 72nd Street, New York. Ask a "
        "question, talk through which approach suits you, or book a session."
    ),
    "thank_you": (
        "<p>Thank you for getting in touch. Your message has arrived safely, "
        "and I will reply within one working day. If you would like to book "
        "straight away, you can use the online booking page at any time.</p>"
    ),
}
