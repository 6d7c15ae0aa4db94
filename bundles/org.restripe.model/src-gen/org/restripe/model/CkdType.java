/**
 */
package org.restripe.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Ckd Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Mainframe CKD device type.
 * <!-- end-model-doc -->
 * @see org.restripe.model.RestripePackage#getCkdType()
 * @model
 * @generated
 */
public enum CkdType implements Enumerator {
	/**
	 * The '<em><b>D3390 1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_1_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_1(0, "d3390_1", "3390-1"),

	/**
	 * The '<em><b>D3390 2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_2_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_2(1, "d3390_2", "3390-2"),

	/**
	 * The '<em><b>D3390 3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_3_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_3(2, "d3390_3", "3390-3"),

	/**
	 * The '<em><b>D3390 9</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_9_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_9(3, "d3390_9", "3390-9"),

	/**
	 * The '<em><b>D3390 27</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_27_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_27(4, "d3390_27", "3390-27"),

	/**
	 * The '<em><b>D3390 54</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_54_VALUE
	 * @generated
	 * @ordered
	 */
	D3390_54(5, "d3390_54", "3390-54"),

	/**
	 * The '<em><b>D3380 J</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3380_J_VALUE
	 * @generated
	 * @ordered
	 */
	D3380_J(6, "d3380_J", "3380-J"),

	/**
	 * The '<em><b>D3380 E</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3380_E_VALUE
	 * @generated
	 * @ordered
	 */
	D3380_E(7, "d3380_E", "3380-E"),

	/**
	 * The '<em><b>D3380 K</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3380_K_VALUE
	 * @generated
	 * @ordered
	 */
	D3380_K(8, "d3380_K", "3380-K");

	/**
	 * The '<em><b>D3390 1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_1
	 * @model name="d3390_1" literal="3390-1"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_1_VALUE = 0;

	/**
	 * The '<em><b>D3390 2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_2
	 * @model name="d3390_2" literal="3390-2"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_2_VALUE = 1;

	/**
	 * The '<em><b>D3390 3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_3
	 * @model name="d3390_3" literal="3390-3"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_3_VALUE = 2;

	/**
	 * The '<em><b>D3390 9</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_9
	 * @model name="d3390_9" literal="3390-9"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_9_VALUE = 3;

	/**
	 * The '<em><b>D3390 27</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_27
	 * @model name="d3390_27" literal="3390-27"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_27_VALUE = 4;

	/**
	 * The '<em><b>D3390 54</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3390_54
	 * @model name="d3390_54" literal="3390-54"
	 * @generated
	 * @ordered
	 */
	public static final int D3390_54_VALUE = 5;

	/**
	 * The '<em><b>D3380 J</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3380_J
	 * @model name="d3380_J" literal="3380-J"
	 * @generated
	 * @ordered
	 */
	public static final int D3380_J_VALUE = 6;

	/**
	 * The '<em><b>D3380 E</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3380_E
	 * @model name="d3380_E" literal="3380-E"
	 * @generated
	 * @ordered
	 */
	public static final int D3380_E_VALUE = 7;

	/**
	 * The '<em><b>D3380 K</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #D3380_K
	 * @model name="d3380_K" literal="3380-K"
	 * @generated
	 * @ordered
	 */
	public static final int D3380_K_VALUE = 8;

	/**
	 * An array of all the '<em><b>Ckd Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CkdType[] VALUES_ARRAY =
		new CkdType[] {
			D3390_1,
			D3390_2,
			D3390_3,
			D3390_9,
			D3390_27,
			D3390_54,
			D3380_J,
			D3380_E,
			D3380_K,
		};

	/**
	 * A public read-only list of all the '<em><b>Ckd Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CkdType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ckd Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CkdType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CkdType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ckd Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CkdType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CkdType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ckd Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CkdType get(int value) {
		switch (value) {
			case D3390_1_VALUE: return D3390_1;
			case D3390_2_VALUE: return D3390_2;
			case D3390_3_VALUE: return D3390_3;
			case D3390_9_VALUE: return D3390_9;
			case D3390_27_VALUE: return D3390_27;
			case D3390_54_VALUE: return D3390_54;
			case D3380_J_VALUE: return D3380_J;
			case D3380_E_VALUE: return D3380_E;
			case D3380_K_VALUE: return D3380_K;
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
	private CkdType(int value, String name, String literal) {
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
	
} //CkdType
