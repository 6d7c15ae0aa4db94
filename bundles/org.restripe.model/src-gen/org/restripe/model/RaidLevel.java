/**
 */
package org.restripe.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Raid Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * RAID level of a volume.
 * <!-- end-model-doc -->
 * @see org.restripe.model.RestripePackage#getRaidLevel()
 * @model
 * @generated
 */
public enum RaidLevel implements Enumerator {
	/**
	 * The '<em><b>Raid0</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID0_VALUE
	 * @generated
	 * @ordered
	 */
	RAID0(0, "raid0", "raid0"),

	/**
	 * The '<em><b>Raid1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID1_VALUE
	 * @generated
	 * @ordered
	 */
	RAID1(1, "raid1", "raid1"),

	/**
	 * The '<em><b>Raid5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID5_VALUE
	 * @generated
	 * @ordered
	 */
	RAID5(5, "raid5", "raid5");

	/**
	 * The '<em><b>Raid0</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID0
	 * @model name="raid0"
	 * @generated
	 * @ordered
	 */
	public static final int RAID0_VALUE = 0;

	/**
	 * The '<em><b>Raid1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID1
	 * @model name="raid1"
	 * @generated
	 * @ordered
	 */
	public static final int RAID1_VALUE = 1;

	/**
	 * The '<em><b>Raid5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAID5
	 * @model name="raid5"
	 * @generated
	 * @ordered
	 */
	public static final int RAID5_VALUE = 5;

	/**
	 * An array of all the '<em><b>Raid Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RaidLevel[] VALUES_ARRAY =
		new RaidLevel[] {
			RAID0,
			RAID1,
			RAID5,
		};

	/**
	 * A public read-only list of all the '<em><b>Raid Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RaidLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Raid Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RaidLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RaidLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Raid Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RaidLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RaidLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Raid Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RaidLevel get(int value) {
		switch (value) {
			case RAID0_VALUE: return RAID0;
			case RAID1_VALUE: return RAID1;
			case RAID5_VALUE: return RAID5;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RaidLevel(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //RaidLevel
