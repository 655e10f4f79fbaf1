"""Texts for the classroom tests, written for them: a pack built on the rooftop passage, its key
points, a model précis, and précis by three imaginary students."""

from __future__ import annotations

import json

from conftest import ROOFTOP_PASSAGE

KEY_POINTS = [
    {"id": "gardens", "text": "City rooftops are being turned into gardens.", "weight": 2,
     "source": "flat rooftops that once held only water tanks are being turned into gardens"},
    {"id": "cooling", "text": "A planted roof cools the floor beneath it.", "weight": 2,
     "source": "a planted roof can lower the temperature of the floor beneath it by several degrees in summer"},
    {"id": "rain", "text": "The gardens hold back heavy rain and ease old drains.",
     "source": "The gardens also catch heavy rain and release it slowly, which eases the strain on old drains"},
    {"id": "families", "text": "Families grow vegetables and meet neighbours on the roofs.",
     "source": "gives four hundred families a plot where they grow vegetables and meet their neighbours"},
    {"id": "critics", "text": "Critics warn that many roofs need expensive repairs to carry wet soil.",
     "source": "Critics warn that many roofs cannot carry the weight of wet soil without expensive repairs"},
]
MODEL_TITLE = "Gardens above the city"
MODEL = ("Flat city rooftops are becoming gardens. Councils favour them because planted roofs cool the "
         "floors below and hold back heavy rain that would overload old drains. Families grow vegetables "
         "and meet neighbours there, yet critics warn that many roofs need expensive repairs to carry wet soil.")
SECOND_MODEL = ("Cities are turning bare roofs into gardens, which cool the floors beneath them and slow "
                "storm water so that old drains cope. Critics point to expensive repairs for roofs too weak "
                "for wet soil.")
# Covers the gardens and the cooling, and nothing else.
STUDENT = ("Rooftop Gardens\n\nIn crowded cities the flat roofs are being changed into gardens by councils. "
           "A planted roof makes the floor under it cooler in summer.\n")
SECOND_STUDENT = ("Green roofs\n\nCity roofs are turning into gardens that cool buildings and catch rain "
                  "for old drains. Families grow vegetables there, though critics fear costly repairs.\n")


def rooftop_pack(**passage_fields) -> dict:
    passage = {"id": "rooftops", "title": "Gardens on the roof", "level": "intermediate",
               "subject": "cities", "text": ROOFTOP_PASSAGE, "key_points": KEY_POINTS,
               "model_precis": [{"title": MODEL_TITLE, "text": MODEL}, {"title": "", "text": SECOND_MODEL}]}
    passage.update(passage_fields)
    return {"format": "precis-tutor-pack", "version": 1, "name": "Class 9 packs", "passages": [passage]}


def write_pack(path, **passage_fields) -> str:
    path.write_text(json.dumps(rooftop_pack(**passage_fields), ensure_ascii=False, indent=1), encoding="utf-8")
    return str(path)
