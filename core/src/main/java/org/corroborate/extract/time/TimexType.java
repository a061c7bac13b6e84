package org.corroborate.extract.time;

/** TimeML TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
