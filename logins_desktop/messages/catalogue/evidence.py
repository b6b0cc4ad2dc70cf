"""Evidence photos: a kit at its quality check, goods refused damaged at the dock."""

from logins_desktop.messages.define import translate

EMPTY = translate("messages", "la photo est vide : reprenez-la", "evidence.empty")
TOO_LARGE = translate("messages", "photo trop lourde ({size} Mo, {limit} Mo au plus) : choisissez-en une autre",
                      "evidence.too_large")
UNREADABLE = translate("messages", "ce fichier n'est pas une photo JPEG ou PNG entière : choisissez-en une autre",
                       "evidence.unreadable")
CANNOT_READ = translate("messages", "{file} ne se lit pas (absent, ou clé USB retirée ?) : vérifiez et recommencez",
                        "evidence.cannot_read")
CANNOT_WRITE = translate("messages", "la photo n'a pas pu être enregistrée dans {folder} (disque plein ?) : "
                         "rien n'est noté, prévenez l'informatique", "evidence.cannot_write")
ENOUGH = translate("messages", "déjà {most} photos : c'est le plus", "evidence.enough")
KEPT = translate("messages", "Photo enregistrée ({count} sur {most} au plus)", "evidence.kept")
NO_CHECK = translate("messages", "ce kit n'attend plus de contrôle : la photo n'est pas gardée", "evidence.no_check")
NOTHING_DAMAGED = translate("messages", "rien à photographier : touchez « Abîmé », scannez l'article, puis « Photo »",
                            "evidence.nothing_damaged")
NO_CAMERA = translate("messages", "aucune caméra branchée : choisissez une photo sur la clé USB ou dans le dossier "
                      "Images", "evidence.no_camera")
CAMERA_FAILED = translate("messages", "la caméra ne répond pas ({detail}) : choisissez une photo sur la clé USB",
                          "evidence.camera_failed")
NO_PICTURES = translate("messages", "aucune photo JPEG ou PNG dans {folders} : branchez la clé USB qui les porte",
                        "evidence.no_pictures")
NOTICE_PHOTOS = translate("messages", "{count, plural, one {# photo} other {# photos}} des abîmés dans {folder}",
                          "receiving.notice_photos")
HELP_PHOTO = translate("messages", "une photo du kit (JPEG ou PNG), gardée avec le contrôle", "quality.help_photo")
