"""Each worker's own accessibility profile (target size, contrast, hand, sound, dwell, switch
scanning) and the component photos shown at the kit step."""

from logins_desktop.messages.define import translate

# Bounds and values
OUT_OF_BOUNDS = translate("messages", "{setting} : {value} est hors des limites ({low} à {high})",
                          "profile.out_of_bounds")
BAD_HAND = translate("messages", "main dominante inconnue : « {value} » (droite ou gauche)", "profile.bad_hand")
BAD_LANGUAGE = translate("messages", "langue inconnue : « {value} » (langues possibles : {languages})",
                         "profile.bad_language")
BAD_KEY = translate("messages", "touche d'activation invalide : « {value} »", "profile.bad_key")
UNKNOWN_SETTING = translate("messages", "réglage inconnu : « {setting} »", "profile.unknown_setting")

# The settings' names, as the settings screen and the errors say them
SETTING_TARGET = translate("messages", "Taille des boutons", "profile.setting.touch_target_mm")
SETTING_FONT = translate("messages", "Taille du texte", "profile.setting.font_scale")
SETTING_VOLUME = translate("messages", "Volume", "profile.setting.volume")
SETTING_DWELL = translate("messages", "Temps d'arrêt du pointeur", "profile.setting.dwell_seconds")
SETTING_SCAN = translate("messages", "Temps de défilement", "profile.setting.scan_seconds")

# Rights and the audit trail
WHAT_READ = translate("messages", "lecture du profil d'accessibilité", "profile.what_read")
WHAT_EDIT = translate("messages", "modification du profil d'accessibilité", "profile.what_edit")
NOT_YOURS = translate("messages", "Vous ne pouvez modifier que votre propre profil.", "profile.not_yours")
UNKNOWN_WORKER = translate("messages", "badge inconnu : « {badge} »", "profile.unknown_worker")
SAVED = translate("messages", "Réglages enregistrés pour {name}.", "profile.saved")

# Photos of the components (import photos DIR)
PHOTOS_NOT_A_FOLDER = translate("messages", "dossier introuvable : {path}", "photos.not_a_folder")
PHOTOS_UNKNOWN_NAME = translate("messages", "{file} : aucun article n'a ce SKU ni ce GTIN — photo ignorée",
                                "photos.unknown_name")
PHOTOS_UNREADABLE = translate("messages", "{file} : image illisible (JPEG ou PNG attendu) — photo ignorée",
                              "photos.unreadable")
PHOTOS_TOO_LARGE = translate("messages", "{file} : {size} Mo, au-delà de la limite de {limit} Mo — photo ignorée",
                             "photos.too_large")
PHOTOS_WRONG_TYPE = translate("messages", "{file} : ni .jpg ni .png — fichier ignoré", "photos.wrong_type")
PHOTOS_AMBIGUOUS = translate("messages", "{file} : un autre fichier donne déjà la photo de {sku} — photo ignorée",
                             "photos.ambiguous")
PHOTOS_DONE = translate("messages", "{count, plural, =0 {aucune photo importée} one {# photo importée} "
                        "other {# photos importées}}, {skipped, plural, =0 {aucune ignorée} one {# ignorée} "
                        "other {# ignorées}} ; copiées dans {folder}", "photos.done")
