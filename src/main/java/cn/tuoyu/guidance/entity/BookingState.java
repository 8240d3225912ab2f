package cn.tuoyu.guidance.entity;

/** A class booking: BOOKED until staff record attendance (ATTENDED, NO_SHOW) or the family cancels. */
public enum BookingState {
    BOOKED, ATTENDED, NO_SHOW, CANCELLED
}
