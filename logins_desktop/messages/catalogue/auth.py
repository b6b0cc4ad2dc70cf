"""Sign-in: PIN rules, wrong-PIN locks, and the rights a signed-in session carries."""

from logins_desktop.messages.define import translate

PIN_DIGITS_ONLY = translate("messages", "Le code ne doit contenir que des chiffres.", "auth.pin_digits_only")
PIN_LENGTH = translate("messages", "Le code doit avoir de {shortest} à {longest} chiffres.", "auth.pin_length")
WRONG_PIN = translate("messages", "Code incorrect. Réessayez.", "auth.wrong_pin")
LOCKED = translate("messages", "{name} : verrouillé, encore {left}", "auth.locked")
NOW_LOCKED = translate("messages", "{failures} codes incorrects : {name} est verrouillé, encore {left}",
                       "auth.now_locked")
DURATION_H = translate("messages", "{hours} h {minutes} min", "auth.duration_hours")
DURATION_M = translate("messages", "{minutes} min {seconds} s", "auth.duration_minutes")
DURATION_S = translate("messages", "{seconds} s", "auth.duration_seconds")
NOT_SIGNED_IN = translate("messages", "{what} : connectez-vous d'abord.", "auth.not_signed_in")
NOT_ALLOWED = translate("messages", "{what} : réservé à {roles}.", "auth.not_allowed")
UNKNOWN_USER = translate("messages", "utilisateur inconnu : « {username} »", "auth.unknown_user")
NEEDS_PIN = translate("messages", "{name} se connecte avec un code.", "auth.needs_pin")
SECRET_UNREADABLE = translate("messages", "Le fichier secret des codes {path} est illisible : les codes ne peuvent "
                              "pas être vérifiés. Remettez la copie du site, puis relancez.", "auth.secret_unreadable")
ROLE_TEAM_LEAD = translate("messages", "chef d'équipe", "auth.role.team_lead")
ROLE_LOGISTICS_MANAGER = translate("messages", "responsable logistique", "auth.role.logistics_manager")
ROLE_INSERTION_COUNSELLOR = translate("messages", "conseillère ou conseiller en insertion",
                                      "auth.role.insertion_counsellor")
ROLE_ADMIN = translate("messages", "administrateur", "auth.role.admin")
# What a right is asked for (the {what} of NOT_SIGNED_IN and NOT_ALLOWED).
WHAT_READ_RESTRICTIONS = translate("messages", "lecture des restrictions", "auth.what.read_restrictions")
WHAT_EDIT_RESTRICTIONS = translate("messages", "modification des restrictions", "auth.what.edit_restrictions")
WHAT_CHANGE_PIN = translate("messages", "changement de code", "auth.what.change_pin")
WHAT_MANAGE_USERS = translate("messages", "gestion des utilisateurs", "auth.what.manage_users")

# Users with a role (the administrator's `user` command).
BAD_USERNAME = translate("messages", "identifiant « {username} » refusé : de 1 à 64 caractères, sans espace",
                         "auth.bad_username")
BAD_DISPLAY_NAME = translate("messages", "le nom affiché est vide ou trop long (200 caractères au plus)",
                             "auth.bad_display_name")
USER_EXISTS = translate("messages", "l'identifiant « {username} » existe déjà", "auth.user_exists")
BADGE_TAKEN = translate("messages", "le badge « {badge} » est déjà celui de quelqu'un", "auth.badge_taken")
LAST_ADMIN = translate("messages", "c'est le dernier administrateur actif : ajoutez-en un autre avant",
                       "auth.last_admin")

# A right PIN too short for a role that reads personal data: changed before the session opens.
PIN_MUST_CHANGE = translate("messages", "Code accepté, mais trop court pour votre rôle : choisissez un nouveau code "
                            "d'au moins {shortest} chiffres.", "auth.pin_must_change")
PIN_CONFIRM = translate("messages", "Tapez le nouveau code une seconde fois.", "auth.pin_confirm")
PIN_MISMATCH = translate("messages", "Les deux codes diffèrent : tapez de nouveau le nouveau code.", "auth.pin_mismatch")
