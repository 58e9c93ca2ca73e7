namespace ProjectOffice.Domain.Projects;

public enum IndicatorType
{
    Main = 1,
    Additional = 2,
}
