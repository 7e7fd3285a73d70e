namespace Satisfaction.Benchmarks;

/// <summary>
/// The 43 territorial police forces of England and Wales, as the <c>forces</c> benchmark sets them up: a short code
/// (at most 9 characters, so that a division code <c>CODE-SOUTH</c> stays within 16) and the force's name.
/// </summary>
public static class EnglandWalesForces
{
    /// <summary>The 43 forces, in alphabetical order of name.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("AVON", "Avon and Somerset Constabulary"),
        ("BEDS", "Bedfordshire Police"),
        ("CAMBS", "Cambridgeshire Constabulary"),
        ("CHESHIRE", "Cheshire Constabulary"),
        ("CITY", "City of London Police"),
        ("CLEVELAND", "Cleveland Police"),
        ("CUMBRIA", "Cumbria Constabulary"),
        ("DERBYS", "Derbyshire Constabulary"),
        ("DEVCORN", "Devon and Cornwall Police"),
        ("DORSET", "Dorset Police"),
        ("DURHAM", "Durham Constabulary"),
        ("DYFEDPOW", "Dyfed-Powys Police"),
        ("ESSEX", "Essex Police"),
        ("GLOS", "Gloucestershire Constabulary"),
        ("GMP", "Greater Manchester Police"),
        ("GWENT", "Gwent Police"),
        ("HANTS", "Hampshire and Isle of Wight Constabulary"),
        ("HERTS", "Hertfordshire Constabulary"),
        ("HUMBER", "Humberside Police"),
        ("KENT", "Kent Police"),
        ("LANCS", "Lancashire Constabulary"),
        ("LEICS", "Leicestershire Police"),
        ("LINCS", "Lincolnshire Police"),
        ("MERSEY", "Merseyside Police"),
        ("MET", "Metropolitan Police Service"),
        ("NORFOLK", "Norfolk Constabulary"),
        ("NWALES", "North Wales Police"),
        ("NYORKS", "North Yorkshire Police"),
        ("NORTHANTS", "Northamptonshire Police"),
        ("NUMBRIA", "Northumbria Police"),
        ("NOTTS", "Nottinghamshire Police"),
        ("SWALES", "South Wales Police"),
        ("SYORKS", "South Yorkshire Police"),
        ("STAFFS", "Staffordshire Police"),
        ("SUFFOLK", "Suffolk Constabulary"),
        ("SURREY", "Surrey Police"),
        ("SUSSEX", "Sussex Police"),
        ("TVP", "Thames Valley Police"),
        ("WARKS", "Warwickshire Police"),
        ("WMERCIA", "West Mercia Police"),
        ("WMIDS", "West Midlands Police"),
        ("WYORKS", "West Yorkshire Police"),
        ("WILTS", "Wiltshire Police"),
    ];
}
