"""GS1 codes: GTIN, SSCC, application identifiers."""

from logins_desktop.messages.define import translate

DIGITS_ONLY = translate("messages", "« {value} » : seuls des chiffres sont permis", "gs1.digits_only")
GTIN_DIGITS_ONLY = translate("messages", "GTIN « {code} » : seuls des chiffres sont permis", "gs1.gtin_digits_only")
GTIN_LENGTH = translate("messages", "GTIN « {code} » : {length} chiffres, attendu 8, 12, 13 ou 14", "gs1.gtin_length")
GTIN_CHECK = translate("messages", "GTIN « {code} » : clé de contrôle erronée (attendu {expected}, lu {read})",
                       "gs1.gtin_check")
SSCC_EXTENSION = translate("messages", "le chiffre d'extension SSCC va de 0 à 9", "gs1.sscc_extension")
COMPANY_PREFIX = translate("messages", "préfixe entreprise GS1 « {prefix} » : 6 à 12 chiffres attendus",
                           "gs1.company_prefix")
SSCC_EXHAUSTED = translate("messages", "numéro de série SSCC épuisé pour ce préfixe ({serial} ≥ 10^{width})",
                           "gs1.sscc_exhausted")
SSCC_LENGTH = translate("messages", "SSCC « {code} » : 18 chiffres attendus", "gs1.sscc_length")
SSCC_CHECK = translate("messages", "SSCC « {code} » : clé de contrôle erronée", "gs1.sscc_check")
AI_FIXED = translate("messages", "AI ({ai}) : {length} chiffres attendus, reçu « {value} »", "gs1.ai_fixed")
AI_COUNT = translate("messages", "AI (37) : un nombre est attendu, reçu « {value} »", "gs1.ai_count")
AI_UNSUPPORTED = translate("messages", "AI ({ai}) non pris en charge", "gs1.ai_unsupported")
NET_WEIGHT = translate("messages", "poids net {kg} kg hors du champ AI (3103) (moins de 1000 kg)", "gs1.net_weight")
