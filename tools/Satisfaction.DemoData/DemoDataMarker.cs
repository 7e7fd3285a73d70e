namespace Satisfaction.DemoData;

/// <summary>Assembly marker for the synthetic demo-data generator.</summary>
public static class DemoDataMarker;
