#include "core/logging.h"

Q_LOGGING_CATEGORY(lcContent, "leda.content")
Q_LOGGING_CATEGORY(lcStorage, "leda.storage")
Q_LOGGING_CATEGORY(lcFilm, "leda.film")
Q_LOGGING_CATEGORY(lcPlayer, "leda.player")
