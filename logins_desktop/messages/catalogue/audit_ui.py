"""`logins-desktop audit-ui`: what the accessibility audit finds on a screen."""

from logins_desktop.messages.define import translate

NO_NAME = translate("messages", "{screen} ({size}) : {role} sans nom accessible ({name})", "audit_ui.no_name")
NO_ROLE = translate("messages", "{screen} ({size}) : « {name} » n'a pas de rôle accessible", "audit_ui.no_role")
TOO_SMALL = translate("messages", "{screen} ({size}) : « {name} » mesure {width} × {height} px, "
                      "la cible tactile est de {target} px", "audit_ui.too_small")
OUTSIDE = translate("messages", "{screen} ({size}) : « {name} » sort de la fenêtre ({x}, {y}, {width} × {height} px)",
                    "audit_ui.outside")
CONTRAST = translate("messages", "{screen} ({size}) : « {name} » contraste {ratio}:1 ({text} sur {background}), "
                     "il faut {needed}:1", "audit_ui.contrast")
SUMMARY = translate("messages", "{screens, plural, one {# écran vérifié} other {# écrans vérifiés}} : "
                    "{count, plural, one {# problème} other {# problèmes}}", "audit.summary")
