// Package event codes who did what to whom: it finds event triggers (verbs and nominal events)
// with patterns written as data, organised by CAMEO code, gives each event its source and
// target actors from the entity mentions, its polarity (asserted or negated), modality
// (actual, planned, hypothetical, demanded), time, reporting source and evidence span, and
// maps the CAMEO code to its label, Goldstein value, QuadClass and PLOVER category. It also
// finds stated standing relations between actors (ally, proxy, treaty, role, member, leader).
package event
