package org.corroborate.extract.entity;

/** Kinds of named entity. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, OTHER }
